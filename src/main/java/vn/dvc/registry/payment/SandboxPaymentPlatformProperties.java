package vn.dvc.registry.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.PropertyResolver;
import org.springframework.validation.annotation.Validated;

/**
 * The sandbox payment platform: where its gateway page answers and where it posts its signed
 * confirmations. The URLs may hold {@code ${local.server.port}} (tests run on a random port, known
 * only once the server has started), hence they are resolved at use, not at binding.
 *
 * @param gatewayUrl a request's pay address is this followed by {@code /pay/<requestId>}
 * @param callbackUrl our confirmation endpoint, as the platform is told it
 * @param callbackSecret the shared secret the platform signs callbacks with ({@code
 *     dvc.payments.callback-secret} unless the platform is elsewhere)
 * @param callbackTimeout connect and answer timeout of a callback: a platform does not wait long
 *     for a merchant, it retries later
 */
@Validated
@ConfigurationProperties("dvc.sandbox.payment-platform")
public record SandboxPaymentPlatformProperties(
    @NotBlank String gatewayUrl,
    @NotBlank String callbackUrl,
    @NotBlank @Size(min = 16) String callbackSecret,
    @DefaultValue("3s") @NotNull Duration callbackTimeout) {

  String gatewayUrl(PropertyResolver placeholders) {
    return withoutTrailingSlash(placeholders.resolveRequiredPlaceholders(gatewayUrl));
  }

  String callbackUrl(PropertyResolver placeholders) {
    return placeholders.resolveRequiredPlaceholders(callbackUrl);
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
