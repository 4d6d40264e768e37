package vn.dvc.registry.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.RegistriesOverHttp;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryServerErrorException;
import vn.dvc.sandbox.SandboxServerFaults;

/** With {@code dvc.registries.implementation=http} the port is the HTTP client, like the others. */
@RegistriesOverHttp
class PaymentPlatformOverHttpTest {

  @Autowired PaymentPlatform platform;
  @Autowired SandboxServerFaults faults;

  @AfterEach
  void backToNormal() {
    faults.reset();
  }

  @Test
  void theConfiguredPortCallsThePlatformOverHttp() {
    NewPaymentRequest request =
        new NewPaymentRequest(
            "TEST-PAY-CONFIGURED-HTTP",
            50_000,
            Pin.of("001062985408"),
            "Lệ phí thử nghiệm",
            Instant.parse("2026-12-11T10:00:00Z"));
    IdempotencyKey key = IdempotencyKey.of("TEST-PAY-CONFIGURED-HTTP", "request");

    // Only a call over HTTP meets the sandbox server's simulated outage.
    faults.simulate(Duration.ZERO, 1.0);
    assertThatThrownBy(() -> platform.requestPayment(request, key))
        .isInstanceOf(RegistryServerErrorException.class);
    faults.reset();

    PaymentRequest made = platform.requestPayment(request, key);
    assertThat(platform.findRequest(made.requestId())).contains(made);
  }
}
