package vn.dvc.registry.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Pin;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryRejectedRequestException;

/** The payment platform port's contract, held by the sandbox and by the HTTP client against it. */
@DvcSpringBootTest
class PaymentPlatformContractTest {

  static final Pin PAYER = Pin.of("001062985408");
  static final Instant EXPIRES_AT = Instant.parse("2026-12-11T10:00:00Z");

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RegistryHttpClients clients;
  @Autowired SandboxPaymentPlatformProperties properties;
  @Autowired Environment environment;
  @Autowired SandboxPaymentGateway gateway;
  @Autowired ProcessEngine engine;
  @LocalServerPort int port;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static NewPaymentRequest newRequest(String dossierId, long amountVnd) {
    return new NewPaymentRequest(
        dossierId, amountVnd, PAYER, "Lệ phí đăng ký thường trú, hồ sơ " + dossierId, EXPIRES_AT);
  }

  int requestsOfDossier(String dossierId) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_payment_request where dossier_id = ?",
        Integer.class,
        dossierId);
  }

  int writesWithKey(IdempotencyKey key) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_write where idempotency_key = ?", Integer.class, key.value());
  }

  /** Pays on the sandbox gateway at the given moment, as the payer does. */
  PaymentRequest paidAt(String requestId, OffsetDateTime at, Long otherAmountVnd) {
    ClockUtil.setCurrentTime(Date.from(at.toInstant()));
    try {
      return (otherAmountVnd == null
              ? gateway.pay(requestId)
              : gateway.payAmount(requestId, otherAmountVnd))
          .request();
    } finally {
      ClockUtil.reset();
    }
  }

  abstract class Contract {

    abstract PaymentPlatform platform();

    abstract String name();

    /** A day on which only this implementation's test pays. */
    abstract LocalDate statementDay();

    String dossier(String what) {
      return "TEST-PAY-" + name() + "-" + what;
    }

    @Test
    void makesARequestOncePerKeyWithTheAddressWhereThePayerPays() {
      String dossierId = dossier("ONCE");
      IdempotencyKey key = IdempotencyKey.of(dossierId, "Task_RequestFee");

      PaymentRequest made = platform().requestPayment(newRequest(dossierId, 4_024_000), key);

      assertThat(made.requestId()).startsWith("PAY-");
      assertThat(made.dossierId()).isEqualTo(dossierId);
      assertThat(made.amountVnd()).isEqualTo(4_024_000);
      assertThat(made.payerPin()).isEqualTo(PAYER);
      assertThat(made.state()).isEqualTo(PaymentState.PENDING);
      assertThat(made.expiresAt()).isEqualTo(EXPIRES_AT);
      assertThat(made.payUrl())
          .isEqualTo(
              "http://localhost:"
                  + port
                  + "/sandbox/payment-platform/gateway/pay/"
                  + made.requestId());
      assertThat(made.paidAmountVnd()).isNull();

      PaymentRequest repeated = platform().requestPayment(newRequest(dossierId, 1_000), key);

      assertThat(repeated).isEqualTo(made);
      assertThat(requestsOfDossier(dossierId)).isEqualTo(1);
      assertThat(writesWithKey(key)).isEqualTo(1);
    }

    @Test
    void findsARequestWithItsPayUrlAndNothingForAnUnknownId() {
      String dossierId = dossier("FIND");
      PaymentRequest made =
          platform()
              .requestPayment(
                  newRequest(dossierId, 10_000), IdempotencyKey.of(dossierId, "request"));

      assertThat(platform().findRequest(made.requestId())).contains(made);
      assertThat(platform().findRequest("PAY-UNKNOWN")).isEmpty();
    }

    @Test
    void cancelsAnOpenRequestOncePerKey() {
      String dossierId = dossier("CANCEL");
      PaymentRequest made =
          platform()
              .requestPayment(
                  newRequest(dossierId, 10_000), IdempotencyKey.of(dossierId, "request"));
      IdempotencyKey key = IdempotencyKey.of(dossierId, "cancel");

      PaymentRequest cancelled = platform().cancel(made.requestId(), key);

      assertThat(cancelled.state()).isEqualTo(PaymentState.CANCELLED);
      assertThat(cancelled.requestId()).isEqualTo(made.requestId());
      assertThat(platform().findRequest(made.requestId())).contains(cancelled);
      assertThat(platform().cancel(made.requestId(), key)).isEqualTo(cancelled);
      assertThat(writesWithKey(key)).isEqualTo(1);
    }

    @Test
    void refusesToCancelAPaidRequest() {
      String dossierId = dossier("CANCEL-PAID");
      PaymentRequest made =
          platform()
              .requestPayment(
                  newRequest(dossierId, 10_000), IdempotencyKey.of(dossierId, "request"));
      paidAt(made.requestId(), OffsetDateTime.parse("2026-12-01T09:00:00+07:00"), null);
      IdempotencyKey key = IdempotencyKey.of(dossierId, "cancel");

      assertThatThrownBy(() -> platform().cancel(made.requestId(), key))
          .isInstanceOfSatisfying(
              RegistryRejectedRequestException.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.registry()).isEqualTo("payment-platform");
              });
      assertThat(platform().findRequest(made.requestId()))
          .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(PaymentState.PAID));
      assertThat(writesWithKey(key)).isZero();
    }

    @Test
    void refusesToCancelAnUnknownRequest() {
      IdempotencyKey key = IdempotencyKey.of(dossier("CANCEL-UNKNOWN"), "cancel");

      assertThatThrownBy(() -> platform().cancel("PAY-UNKNOWN", key))
          .isInstanceOfSatisfying(
              RegistryRecordNotFoundException.class,
              e -> assertThat(e.registry()).isEqualTo("payment-platform"));
      assertThat(writesWithKey(key)).isZero();
    }

    @Test
    void statementOfADayListsExactlyWhatWasPaidThatDayInVietnamAsPaid() {
      LocalDate day = statementDay();
      String[] ids = new String[5];
      for (int i = 0; i < ids.length; i++) {
        String dossierId = dossier("STATEMENT-" + i);
        ids[i] =
            platform()
                .requestPayment(
                    newRequest(dossierId, 150_000), IdempotencyKey.of(dossierId, "request"))
                .requestId();
      }
      OffsetDateTime midnight = day.atStartOfDay().atOffset(ZoneOffset.ofHours(7));
      PaymentRequest lateEvening = paidAt(ids[0], midnight.withHour(23).withMinute(30), null);
      PaymentRequest firstMoment = paidAt(ids[1], midnight, 120_000L);
      PaymentRequest nextDay = paidAt(ids[2], midnight.plusDays(1), null);
      paidAt(ids[3], midnight.minusSeconds(1), null);
      // ids[4] stays open: asked, never paid

      assertThat(platform().statement(day))
          .isEqualTo(
              new PaymentStatement(
                  day, List.of(line(firstMoment, 120_000), line(lateEvening, 150_000))));
      assertThat(platform().statement(day.plusDays(1)).lines())
          .containsExactly(line(nextDay, 150_000));
    }

    PaymentStatement.Line line(PaymentRequest paid, long amountVnd) {
      return new PaymentStatement.Line(
          paid.requestId(), paid.dossierId(), paid.transactionRef(), amountVnd, paid.paidAt());
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    PaymentPlatform platform() {
      return new SandboxPaymentPlatform(
          jdbc, transactions, () -> properties.gatewayUrl(environment));
    }

    @Override
    String name() {
      return "SANDBOX";
    }

    @Override
    LocalDate statementDay() {
      return LocalDate.of(2026, 1, 2);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    PaymentPlatform platform() {
      return new HttpPaymentPlatform(clients.client("payment-platform"));
    }

    @Override
    String name() {
      return "HTTP";
    }

    @Override
    LocalDate statementDay() {
      return LocalDate.of(2026, 2, 2);
    }
  }

  @Test
  void templateCreatesARequestAndARetriedJobCreatesNoOther() {
    Map<String, Object> variables =
        Map.of(
            "feeAmountVnd",
            4_024_000L,
            "applicantPin",
            PAYER.value(),
            "paymentDescription",
            "Lệ phí cấp phiếu lý lịch tư pháp",
            "paymentDeadline",
            Date.from(EXPIRES_AT));

    Map<String, Object> first =
        ElementTemplates.run(
            engine,
            "vn.dvc.payment-platform.createPaymentRequest",
            "TEST-PAY-TPL-CREATE",
            Map.of(),
            variables);

    assertThat(first).containsEntry("paymentState", "PENDING");
    String requestId = (String) first.get("paymentRequestId");
    assertThat(first)
        .containsEntry(
            "payUrl",
            "http://localhost:" + port + "/sandbox/payment-platform/gateway/pay/" + requestId);
    assertThat(gateway.request(requestId))
        .hasValueSatisfying(
            r -> {
              assertThat(r.amountVnd()).isEqualTo(4_024_000);
              assertThat(r.dossierId()).isEqualTo("TEST-PAY-TPL-CREATE");
              assertThat(r.expiresAt()).isEqualTo(EXPIRES_AT);
            });

    // Same dossier and task, hence the same key: the request of the first run, no second one.
    Map<String, Object> repeated =
        ElementTemplates.run(
            engine,
            "vn.dvc.payment-platform.createPaymentRequest",
            "TEST-PAY-TPL-CREATE",
            Map.of("expiresAt", "2026-12-11T17:00:00+07:00"),
            variables);

    assertThat(repeated).containsEntry("paymentRequestId", requestId);
    assertThat(requestsOfDossier("TEST-PAY-TPL-CREATE")).isEqualTo(1);
  }

  @Test
  void templateReadsThePaymentOfARequest() {
    PaymentRequest made =
        gatewayPlatform()
            .requestPayment(
                newRequest("TEST-PAY-TPL-READ", 200_000),
                IdempotencyKey.of("TEST-PAY-TPL-READ", "request"));
    Map<String, Object> open =
        ElementTemplates.run(
            engine,
            "vn.dvc.payment-platform.readPaymentRequest",
            "TEST-PAY-TPL-READ",
            Map.of(),
            Map.of("paymentRequestId", made.requestId()));
    assertThat(open)
        .containsEntry("paymentState", "PENDING")
        .containsEntry("paidAmountVnd", null)
        .containsEntry("paymentTransactionRef", null);

    PaymentRequest paid =
        paidAt(made.requestId(), OffsetDateTime.parse("2026-12-01T10:00:00+07:00"), 190_000L);

    assertThat(
            ElementTemplates.run(
                engine,
                "vn.dvc.payment-platform.readPaymentRequest",
                "TEST-PAY-TPL-READ",
                Map.of(),
                Map.of("paymentRequestId", made.requestId())))
        .containsEntry("paymentState", "PAID")
        .containsEntry("paidAmountVnd", 190_000L)
        .containsEntry("paymentTransactionRef", paid.transactionRef());
  }

  @Test
  void templateCancelsARequestAndARetriedJobCancelsOnce() {
    PaymentRequest made =
        gatewayPlatform()
            .requestPayment(
                newRequest("TEST-PAY-TPL-CANCEL", 200_000),
                IdempotencyKey.of("TEST-PAY-TPL-CANCEL", "request"));

    for (int run = 0; run < 2; run++) {
      assertThat(
              ElementTemplates.run(
                  engine,
                  "vn.dvc.payment-platform.cancelPaymentRequest",
                  "TEST-PAY-TPL-CANCEL",
                  Map.of(),
                  Map.of("paymentRequestId", made.requestId())))
          .containsEntry("paymentState", "CANCELLED");
    }
    assertThat(writesWithKey(IdempotencyKey.of("TEST-PAY-TPL-CANCEL", "Task_RunTemplate")))
        .isEqualTo(1);
    assertThat(gateway.request(made.requestId()))
        .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(PaymentState.CANCELLED));
  }

  @Test
  void templateCancellingARequestPaidJustBeforeSaysPaidInsteadOfFailing() {
    PaymentRequest made =
        gatewayPlatform()
            .requestPayment(
                newRequest("TEST-PAY-TPL-CANCEL-PAID", 200_000),
                IdempotencyKey.of("TEST-PAY-TPL-CANCEL-PAID", "request"));
    paidAt(made.requestId(), OffsetDateTime.parse("2026-12-01T10:00:00+07:00"), null);

    assertThat(
            ElementTemplates.run(
                engine,
                "vn.dvc.payment-platform.cancelPaymentRequest",
                "TEST-PAY-TPL-CANCEL-PAID",
                Map.of(),
                Map.of("paymentRequestId", made.requestId())))
        .containsEntry("paymentState", "PAID");
    assertThat(gateway.request(made.requestId()))
        .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(PaymentState.PAID));
  }

  private PaymentPlatform gatewayPlatform() {
    return new SandboxPaymentPlatform(jdbc, transactions, () -> properties.gatewayUrl(environment));
  }
}
