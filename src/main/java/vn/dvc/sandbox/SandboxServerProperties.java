package vn.dvc.sandbox;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sandbox registries served over HTTP under {@code /sandbox/<registry>/…}, so that the HTTP
 * clients are exercised against a real server.
 *
 * @param password what registry clients must send; in the embedded demo generated when not set
 *     ({@link SandboxServerPasswordFile}), elsewhere required ({@code DefaultSecretsCheck})
 * @param latency added to every answer, to rehearse slow registries
 * @param errorRate share of calls (0 to 1) answered 503, to rehearse failing registries
 */
@Validated
@ConfigurationProperties("dvc.sandbox.server")
public record SandboxServerProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("registry-client") @NotBlank String username,
    String password,
    @DefaultValue("0ms") @NotNull Duration latency,
    @DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double errorRate) {}
