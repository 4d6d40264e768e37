package vn.dvc.catalogue;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * @param location the catalogue file; JSON Schemas named in it are resolved relative to it
 */
@Validated
@ConfigurationProperties("dvc.catalogue")
record CatalogueProperties(@NotNull Resource location) {}
