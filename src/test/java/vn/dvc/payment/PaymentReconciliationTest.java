package vn.dvc.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierApiClient;
import vn.dvc.population.Pin;
import vn.dvc.registry.payment.PaymentRequest;
import vn.dvc.registry.payment.PaymentState;
import vn.dvc.time.EngineClock;

/**
 * The daily reconciliation on a seeded day: the sandbox platform's table and our ledger written
 * directly, with one payment of each kind of mismatch (and ones that agree) in Hà Nội (01) and Nghệ
 * An (40); then who sees which lines over REST, the metric, and the daily timer.
 */
@DvcSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentReconciliationTest {

  /** A day of its own: no other test pays on it. */
  private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

  private static final String PAYER = "001090937233";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired PaymentLedger ledger;
  @Autowired PaymentReconciliation reconciliation;
  @Autowired MeterRegistry meters;
  @Autowired ManagementService management;

  private final ObjectMapper json = new ObjectMapper();

  private String paidNotProgressedHanoi;
  private String paidUnknownToLedgerNghean;
  private String recordedNotInStatementHanoi;
  private String amountDiffersNghean;
  private String agreeingHanoi;
  private String nextDayHanoi;

  @BeforeAll
  void seedTheDay() {
    Instant morning = at(DAY, 10);
    // The platform has it paid; our ledger still awaits it (the confirmation was lost).
    paidNotProgressedHanoi = request(dossier("01100"), 200_000);
    platformPaid(paidNotProgressedHanoi, 200_000, morning);
    // The platform has it paid; our ledger never entered the request.
    paidUnknownToLedgerNghean = "PAY-" + UUID.randomUUID().toString().substring(0, 12);
    platformRequest(paidUnknownToLedgerNghean, dossier("40135"), 100_000);
    platformPaid(paidUnknownToLedgerNghean, 100_000, morning);
    // Our ledger has it paid; the platform's statement does not.
    recordedNotInStatementHanoi = request(dossier("01100"), 300_000);
    ledger.settle(recordedNotInStatementHanoi, LedgerState.PAID, 300_000, morning, "TX-C");
    // Both have it paid, with different amounts.
    amountDiffersNghean = request(dossier("40135"), 160_000);
    platformPaid(amountDiffersNghean, 150_000, morning);
    ledger.settle(amountDiffersNghean, LedgerState.PAID, 160_000, morning, "TX-E");
    // Both agree: not listed.
    agreeingHanoi = request(dossier("01100"), 50_000);
    platformPaid(agreeingHanoi, 50_000, morning);
    ledger.settle(agreeingHanoi, LedgerState.PAID, 50_000, morning, "TX-F");
    // Paid the next day (in Vietnam): another day's statement.
    nextDayHanoi = request(dossier("01100"), 70_000);
    platformPaid(nextDayHanoi, 70_000, at(DAY.plusDays(1), 0));
  }

  @Test
  void listsEachKindOfMismatchWithTheDossiersProvince() {
    Reconciliation report = reconciliation.reconcile(DAY);

    assertThat(report.mismatches())
        .extracting(
            Reconciliation.Line::kind,
            Reconciliation.Line::requestId,
            Reconciliation.Line::provinceCode,
            Reconciliation.Line::platformAmountVnd,
            Reconciliation.Line::ledgerPaidVnd)
        .containsExactlyInAnyOrder(
            tuple(MismatchKind.PAID_WITHOUT_PROGRESS, paidNotProgressedHanoi, "01", 200_000L, null),
            tuple(
                MismatchKind.PAID_WITHOUT_PROGRESS,
                paidUnknownToLedgerNghean,
                "40",
                100_000L,
                null),
            tuple(
                MismatchKind.RECORDED_NOT_IN_STATEMENT,
                recordedNotInStatementHanoi,
                "01",
                null,
                300_000L),
            tuple(MismatchKind.AMOUNT_DIFFERS, amountDiffersNghean, "40", 150_000L, 160_000L));
    assertThat(report.statementLines()).isEqualTo(4);
    assertThat(report.ledgerPaid()).isEqualTo(3);
    assertThat(report.mismatches())
        .filteredOn(l -> l.kind() == MismatchKind.AMOUNT_DIFFERS)
        .singleElement()
        .extracting(Reconciliation.Line::detail)
        .asString()
        .contains("150.000 ₫")
        .contains("160.000 ₫");
  }

  @Test
  void runningADayAgainReplacesItsReport() {
    reconciliation.reconcile(DAY);
    reconciliation.reconcile(DAY);

    assertThat(reconciliation.report(DAY).orElseThrow().mismatches()).hasSize(4);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from payment_reconciliation_line where statement_day = ?",
                Integer.class,
                java.sql.Date.valueOf(DAY)))
        .isEqualTo(4);
  }

  @Test
  void theMetricCountsTheLastReportsMismatchesByKind() {
    reconciliation.reconcile(DAY);

    assertThat(gauge(MismatchKind.PAID_WITHOUT_PROGRESS)).isEqualTo(2);
    assertThat(gauge(MismatchKind.RECORDED_NOT_IN_STATEMENT)).isEqualTo(1);
    assertThat(gauge(MismatchKind.AMOUNT_DIFFERS)).isEqualTo(1);
  }

  @Test
  void financeOfficersSeeTheirProvincesLinesAndAdministratorsAll() throws Exception {
    String path = "/api/v1/payments/reconciliations/" + DAY;
    assertThat(as("demo").post(path).status()).isEqualTo(200);

    assertThat(requestIds(as("finance.hanoi").get(path)))
        .containsExactlyInAnyOrder(paidNotProgressedHanoi, recordedNotInStatementHanoi);
    assertThat(requestIds(as("finance.nghean").get(path)))
        .containsExactlyInAnyOrder(paidUnknownToLedgerNghean, amountDiffersNghean);
    assertThat(requestIds(as("demo").get(path))).hasSize(4);
    JsonNode line = as("finance.nghean").get(path).body().get("mismatches").get(0);
    assertThat(line.has("kind")).isTrue();
    assertThat(line.has("dossierId")).isTrue();
  }

  @Test
  void aFinanceOfficerMayRunTheDayNowAndSeesOnlyTheirProvinceInTheAnswer() throws Exception {
    var answer = as("finance.hanoi").post("/api/v1/payments/reconciliations/" + DAY);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(requestIds(answer))
        .containsExactlyInAnyOrder(paidNotProgressedHanoi, recordedNotInStatementHanoi);
  }

  @Test
  void othersAreRefused() throws Exception {
    String path = "/api/v1/payments/reconciliations/" + DAY;
    for (String user :
        List.of(
            "officer.badinh", "supervisor.hanoi", "trafficpolice.hanoi", "trafficpolice.nghean")) {
      var refused = as(user).get(path);
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(as(user).post(path).status()).as(user).isEqualTo(403);
    }
    var anonymous =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void aDayNotYetReconciledIsNotFoundAndAFutureDayIsRefused() throws Exception {
    assertThat(as("demo").get("/api/v1/payments/reconciliations/2025-01-02").status())
        .isEqualTo(404);
    assertThat(
            as("demo")
                .post("/api/v1/payments/reconciliations/" + EngineClock.today().plusDays(1))
                .status())
        .isEqualTo(400);
    assertThat(as("demo").get("/api/v1/payments/reconciliations/yesterday").status())
        .isEqualTo(400);
  }

  @Test
  void theEngineReconcilesThePreviousDayEveryMorningAtSixVietnamTime() {
    Job timer =
        management
            .createJobQuery()
            .processDefinitionKey("reconcile-payments")
            .timers()
            .singleResult();
    assertThat(timer).isNotNull();
    var due = timer.getDuedate().toInstant().atZone(EngineClock.VIETNAM);
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(6, 0));
    assertThat(due.toInstant()).isAfter(EngineClock.now());
    assertThat(due.toInstant()).isBefore(EngineClock.now().plus(java.time.Duration.ofDays(1)));

    management.executeJob(timer.getId());
    Job reconcile =
        management
            .createJobQuery()
            .processDefinitionKey("reconcile-payments")
            .messages()
            .singleResult();
    management.executeJob(reconcile.getId());

    assertThat(reconciliation.report(EngineClock.today().minusDays(1))).isPresent();
    Job next =
        management
            .createJobQuery()
            .processDefinitionKey("reconcile-payments")
            .timers()
            .singleResult();
    assertThat(next.getDuedate().toInstant().atZone(EngineClock.VIETNAM).toLocalTime())
        .as("the next morning's timer")
        .isEqualTo(LocalTime.of(6, 0));
  }

  private long gauge(MismatchKind kind) {
    return (long) meters.get(PaymentReconciliation.METRIC).tag("kind", kind.name()).gauge().value();
  }

  private DossierApiClient as(String user) {
    return new DossierApiClient(port, json, user, "demo");
  }

  private static List<String> requestIds(DossierApiClient.Response response) {
    assertThat(response.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    response.body().get("mismatches").forEach(l -> ids.add(l.get("requestId").asText()));
    return ids;
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(EngineClock.VIETNAM).toInstant();
  }

  private String dossier(String commune) {
    String id = "RC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "insert into dossier (id, procedure_key, applicant_pin, commune_code, status, data_json,"
            + " submitted_by, received_at, updated_at)"
            + " values (?, 'traffic-fine-payment', ?, ?, 'AWAITING_PAYMENT', '{}', 'test', ?, ?)",
        id,
        PAYER,
        commune,
        now,
        now);
    return id;
  }

  /** A request at the platform and in our ledger, awaiting payment. */
  private String request(String dossier, long amountVnd) {
    String requestId = "PAY-" + UUID.randomUUID().toString().substring(0, 12);
    platformRequest(requestId, dossier, amountVnd);
    ledger.open(
        new PaymentRequest(
            requestId,
            dossier,
            amountVnd,
            Pin.of(PAYER),
            "Lệ phí",
            PaymentState.PENDING,
            "http://localhost/pay/" + requestId,
            at(DAY, 23),
            null,
            null,
            null),
        at(DAY, 23));
    return requestId;
  }

  private void platformRequest(String requestId, String dossier, long amountVnd) {
    jdbc.update(
        "insert into sandbox_payment_request (request_id, dossier_id, amount_vnd, payer_pin,"
            + " description, state, expires_at, created_at, last_sequence)"
            + " values (?,?,?,?,?,'PENDING',?,?,0)",
        requestId,
        dossier,
        amountVnd,
        PAYER,
        "Lệ phí",
        at(DAY, 23).atOffset(ZoneOffset.UTC),
        at(DAY, 8).atOffset(ZoneOffset.UTC));
  }

  private void platformPaid(String requestId, long amountVnd, Instant paidAt) {
    jdbc.update(
        "update sandbox_payment_request set state = 'PAID', paid_amount_vnd = ?, paid_at = ?,"
            + " transaction_ref = ? where request_id = ?",
        amountVnd,
        paidAt.atOffset(ZoneOffset.UTC),
        "TX-" + requestId.substring(4, 10),
        requestId);
  }
}
