package vn.dvc.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierApiClient;
import vn.dvc.procedure.BareDossiers;
import vn.dvc.registry.payment.PaymentPlatform;

/** The {@code payment} member of {@code GET /api/v1/dossiers/{id}}, from the ledger. */
@DvcSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierPaymentApiTest {

  @LocalServerPort int port;
  @Autowired PaymentsProperties properties;
  @Autowired PaymentPlatform platform;
  @Autowired PaymentLedger ledger;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired BareDossiers bare;

  private PaymentTestSupport support;
  private DossierApiClient api;
  private String deployment;

  @BeforeAll
  void deployTheWaitingProcess() {
    deployment = PaymentTestSupport.deploy(repository);
  }

  @AfterAll
  void undeploy() {
    repository.deleteDeployment(deployment, true);
  }

  @BeforeEach
  void setUp() {
    support = new PaymentTestSupport(port, properties, platform, ledger, runtime);
    api = new DossierApiClient(port, new ObjectMapper(), "demo", "demo");
  }

  @Test
  void aDossierWithoutAFeeDecisionHasNoPayment() throws Exception {
    String dossier = bare.file("land-change-registration");

    JsonNode view = api.get("/api/v1/dossiers/" + dossier).body();

    assertThat(view.has("payment")).isTrue();
    assertThat(view.get("payment").isNull()).isTrue();
  }

  @Test
  void aFeeDecidedAsNothingShowsAsFreeWithItsReasons() throws Exception {
    String dossier = bare.file("land-change-registration");
    ledger.recordFeeItems(
        dossier, List.of(new FeeItem("REGISTRATION_FEE", 0, "Miễn lệ phí khi nộp trực tuyến")));

    JsonNode payment = api.get("/api/v1/dossiers/" + dossier).body().get("payment");

    assertThat(payment.get("state").asText()).isEqualTo("FREE");
    assertThat(payment.get("amountVnd").asLong()).isZero();
    assertThat(payment.get("items").get(0).get("reason").asText())
        .isEqualTo("Miễn lệ phí khi nộp trực tuyến");
    assertThat(payment.get("payUrl").isNull()).isTrue();
  }

  @Test
  void anOpenRequestShowsTheAmountTheItemsAndWhereToPayUntilWhen() throws Exception {
    String dossier = bare.file("land-change-registration");
    ledger.recordFeeItems(
        dossier,
        List.of(
            new FeeItem("FINE", 4_000_000, "Mức phạt theo quyết định xử phạt"),
            new FeeItem("LATE_INTEREST", 24_000, "Tiền chậm nộp 0,05 %/ngày × 12 ngày")));
    LedgerEntry entry = support.open(dossier, 4_024_000, BareDossiers.APPLICANT);

    JsonNode payment = api.get("/api/v1/dossiers/" + dossier).body().get("payment");

    assertThat(payment.get("state").asText()).isEqualTo("AWAITING");
    assertThat(payment.get("amountVnd").asLong()).isEqualTo(4_024_000L);
    assertThat(payment.get("amount").asText()).isEqualTo("4.024.000 ₫");
    assertThat(payment.get("items"))
        .extracting(i -> i.get("item").asText() + "=" + i.get("amount").asText())
        .containsExactly("FINE=4.000.000 ₫", "LATE_INTEREST=24.000 ₫");
    assertThat(payment.get("payUrl").asText())
        .isEqualTo(entry.payUrl())
        .endsWith(entry.requestId());
    assertThat(Instant.parse(payment.get("deadline").asText())).isEqualTo(entry.deadline());
    assertThat(payment.get("paidAt").isNull()).isTrue();
  }

  @Test
  void aPaidRequestShowsWhenItWasPaidAndNoLongerWhereToPay() throws Exception {
    String dossier = bare.file("land-change-registration");
    ledger.recordFeeItems(dossier, List.of(new FeeItem("FEE", 200_000, "Lệ phí")));
    LedgerEntry entry = support.open(dossier, 200_000, BareDossiers.APPLICANT);
    support.await(entry);
    support.post(support.callback(entry, "PAID", 200_000, 1));

    JsonNode view = api.get("/api/v1/dossiers/" + dossier).body();
    JsonNode payment = view.get("payment");

    assertThat(payment.get("state").asText()).isEqualTo("PAID");
    assertThat(payment.get("paidAt").isNull()).isFalse();
    assertThat(payment.get("payUrl").isNull()).isTrue();
    assertThat(view.get("timeline"))
        .extracting(e -> e.get("event").asText())
        .contains("PAYMENT_RECEIVED");
  }
}
