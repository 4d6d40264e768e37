package vn.dvc.api;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxJsonBody the largest JSON request body accepted; larger ones get 413 before parsing
 */
@Validated
@ConfigurationProperties("dvc.api")
record ApiProperties(@NotNull DataSize maxJsonBody) {}
