package vn.dvc.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which implementation serves each registry port, and how the HTTP clients reach the real services.
 * {@code http} holds the defaults of every client; {@code overrides.<registry>} changes them for
 * one registry (its implementation, its own base URL, credentials or timeouts).
 */
@Validated
@ConfigurationProperties("dvc.registries")
public record RegistriesProperties(
    @DefaultValue("sandbox") @NotNull Implementation implementation,
    @DefaultValue @Valid @NotNull Http http,
    @DefaultValue Map<String, @Valid Override> overrides) {

  public enum Implementation {
    /** The sandbox tables of this application. */
    SANDBOX,
    /** The registry's HTTP service (or the sandbox served over HTTP). */
    HTTP
  }

  /**
   * @param baseUrl the root under which each registry answers at {@code /<registry>}; placeholders
   *     are resolved at the first call, so {@code ${local.server.port}} works
   * @param readAttempts attempts of a read, the first included; writes are made once, the engine
   *     retries their job and the idempotency key keeps the retry harmless
   * @param failureThreshold consecutive failures that open the circuit
   * @param openFor how long an open circuit refuses calls before one trial call
   */
  public record Http(
      @DefaultValue("http://localhost:${server.port:8080}/sandbox") @NotBlank String baseUrl,
      String username,
      String password,
      @DefaultValue("2s") @NotNull Duration connectTimeout,
      @DefaultValue("5s") @NotNull Duration readTimeout,
      @DefaultValue("3") @Min(1) int readAttempts,
      @DefaultValue("200ms") @NotNull Duration retryBackoff,
      @DefaultValue("5") @Min(1) int failureThreshold,
      @DefaultValue("30s") @NotNull Duration openFor,
      @DefaultValue("3") @Min(1) int halfOpenTrials) {}

  /** Settings of one registry; what is left out comes from {@code http}. */
  public record Override(
      Implementation implementation,
      String baseUrl,
      String username,
      String password,
      Duration readTimeout,
      @Min(1) Integer readAttempts,
      @Min(1) Integer failureThreshold) {}

  private static final Override NO_OVERRIDE =
      new Override(null, null, null, null, null, null, null);

  /** The effective client settings of one registry. */
  public Endpoint endpoint(String registry) {
    Override o = overrides.getOrDefault(registry, NO_OVERRIDE);
    return new Endpoint(
        registry,
        o.baseUrl() != null ? trimSlash(o.baseUrl()) : trimSlash(http.baseUrl()) + "/" + registry,
        o.username() != null ? o.username() : http.username(),
        o.password() != null ? o.password() : http.password(),
        http.connectTimeout(),
        o.readTimeout() != null ? o.readTimeout() : http.readTimeout(),
        o.readAttempts() != null ? o.readAttempts() : http.readAttempts(),
        http.retryBackoff(),
        o.failureThreshold() != null ? o.failureThreshold() : http.failureThreshold(),
        http.openFor(),
        http.halfOpenTrials());
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Everything one HTTP client needs; {@code baseUrl} may still hold placeholders. */
  public record Endpoint(
      String registry,
      String baseUrl,
      String username,
      String password,
      Duration connectTimeout,
      Duration readTimeout,
      int readAttempts,
      Duration retryBackoff,
      int failureThreshold,
      Duration openFor,
      int halfOpenTrials) {}
}
