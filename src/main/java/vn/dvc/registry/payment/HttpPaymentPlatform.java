package vn.dvc.registry.payment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClient;
import vn.dvc.registry.RegistryMalformedResponseException;

/**
 * The payment platform over HTTP, as described in {@code sandbox-openapi/payment-platform.yaml}.
 * Request ids are the platform's own (letters, digits, dashes), safe in a path segment.
 */
final class HttpPaymentPlatform implements PaymentPlatform {

  private final RegistryHttpClient http;

  HttpPaymentPlatform(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public PaymentRequest requestPayment(NewPaymentRequest request, IdempotencyKey key) {
    return http.write(PaymentRequest.class, key, "/requests", request);
  }

  @Override
  public Optional<PaymentRequest> findRequest(String requestId) {
    return http.find(PaymentRequest.class, "/requests/{requestId}", requestId);
  }

  @Override
  public PaymentRequest cancel(String requestId, IdempotencyKey key) {
    // The cancellation carries nothing but the key; an empty object keeps the body JSON.
    return http.write(
        PaymentRequest.class, key, "/requests/{requestId}/cancellation", Map.of(), requestId);
  }

  /**
   * The platform has a statement for every day, empty when nothing was paid; a 404 would mean we
   * talk to something that is not the platform.
   */
  @Override
  public PaymentStatement statement(LocalDate day) {
    return http.find(PaymentStatement.class, "/statements?day={day}", day.toString())
        .orElseThrow(
            () ->
                new RegistryMalformedResponseException(
                    http.registry(), "GET /statements answered 404 for a day", null));
  }
}
