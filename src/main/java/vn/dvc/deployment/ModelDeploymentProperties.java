package vn.dvc.deployment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param name the deployment name in Cockpit
 * @param folders the classpath folders deployed, each with the file endings it holds
 */
@Validated
@ConfigurationProperties("dvc.models")
record ModelDeploymentProperties(@NotBlank String name, @NotEmpty List<String> folders) {}
