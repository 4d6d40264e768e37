package vn.dvc.procedure.trafficfinepayment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierApiClient;
import vn.dvc.dossier.DossierApiClient.Response;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.dossier.DossierStatus;
import vn.dvc.payment.LedgerEntry;
import vn.dvc.payment.LedgerState;
import vn.dvc.payment.PaymentLedger;
import vn.dvc.procedure.DossierJobs;
import vn.dvc.registry.trafficfines.TrafficFineRegistry;
import vn.dvc.time.EngineClock;

/**
 * Traffic-fine payment as the portal files it, over real HTTP: by decision, by plate, every intake
 * refusal as problem+json naming the field, and the claim that keeps two dossiers from paying the
 * same decision. Each test pays decisions of its own: the claims outlive a test.
 */
@DvcSpringBootTest
class TrafficFinePaymentApiTest {

  static final String KEY = "traffic-fine-payment";
  private static final String PROBLEM_JSON = "application/problem+json";

  /** Pays fines for others: the owners are notified, not asked. */
  static final String PAYER = "001030455036";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired DossierRepository dossiers;
  @Autowired ManagementService management;
  @Autowired PaymentLedger ledger;
  @Autowired TrafficFineRegistry fines;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void catalogueEntryPublishesTheDataSchema() throws Exception {
    Response response = client().get("/api/v1/procedures/" + KEY);

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.body().path("dataSchema").path("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("decisionNo", "plate", "decisionNos", "communeCode");
  }

  @Test
  void filesThePaymentOfOneDecisionForTheIssuingProvincesTrafficPolice() throws Exception {
    Response filed = file(PAYER, byDecision("9446/QĐ-XPHC"));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    Map<String, Object> variables = variables(filed.body().path("id").asText());
    assertThat(variables)
        .containsEntry("decisionNos", List.of("9446/QĐ-XPHC"))
        .containsEntry(
            "feeSubjects",
            List.of(
                Map.of(
                    "decisionNo", "9446/QĐ-XPHC",
                    "fineAmountVnd", 4_000_000,
                    "decidedOn", "2026-07-05")))
        .containsEntry("provinceCode", "40")
        .containsEntry("issuerName", "Phòng Cảnh sát giao thông Công an tỉnh Nghệ An")
        .containsEntry("payerPin", PAYER)
        .containsEntry("ownerPins", "040154933219")
        .containsEntry("ownersToNotify", "040154933219")
        .containsEntry("plates", "40-A9 61052")
        .containsEntry("finesVnd", 4_000_000L);
    assertThat(filed.body().path("communeCode").asText()).isEqualTo("01121");
  }

  @Test
  void theOwnerPayingNeedsNoNoticeOfTheirOwnPayment() throws Exception {
    Response filed = file("001196984744", byDecision("8606/QĐ-XPHC"));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    assertThat(variables(filed.body().path("id").asText()))
        .containsEntry("payerPin", "001196984744")
        .containsEntry("ownersToNotify", "")
        .containsEntry("provinceCode", "01");
  }

  @Test
  void filesThePaymentOfTheFinesChosenAmongAPlatesUnpaidOnes() throws Exception {
    Response filed = file(PAYER, byPlate("01-K6 08984", "8614/QĐ-XPHC"));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    assertThat(variables(filed.body().path("id").asText()))
        .containsEntry("decisionNos", List.of("8614/QĐ-XPHC"))
        .containsEntry("provinceCode", "01");
  }

  @Test
  void aPlateWithoutAChoiceIsAnsweredWithItsUnpaidFinesToChooseFrom() throws Exception {
    ObjectNode plateOnly = json.createObjectNode().put("plate", "48-K4 10558");

    Response refused = file(PAYER, plateOnly);

    assertRejected(refused, 422, "choose-fines", "data.decisionNos");
    JsonNode listed = refused.body().path("unpaidFines");
    assertThat(listed.findValuesAsText("decisionNo")).containsExactly("856/QĐ-XPHC");
    assertThat(listed.get(0).path("amountVnd").asLong()).isEqualTo(400_000);
    assertThat(listed.get(0).path("amount").asText()).isEqualTo("400.000 ₫");
  }

  @Test
  void refusesAnUnknownDecision() throws Exception {
    Response refused = file(PAYER, byDecision("1/QĐ-XPHC"));
    assertRejected(refused, 422, "unknown-penalty-decision", "data.decisionNo");
    assertThat(refused.body().path("detail").asText()).contains("1/QĐ-XPHC");

    assertRejected(
        file(PAYER, byPlate("01-D5 77311", "4778/QĐ-XPHC", "2/QĐ-XPHC")),
        422,
        "unknown-penalty-decision",
        "data.decisionNos");
  }

  @Test
  void refusesADecisionNotOfThatPlate() throws Exception {
    Response refused = file(PAYER, byPlate("01-D5 77311", "9386/QĐ-XPHC"));

    assertRejected(refused, 422, "decision-not-of-plate", "data.decisionNos");
    assertThat(refused.body().path("detail").asText()).contains("9386/QĐ-XPHC", "01-D5 77311");
  }

  @Test
  void refusesAPlateWithNoUnpaidFineQuotingThePaymentsItHad() throws Exception {
    Response refused = file(PAYER, byPlate("40-C8 23792", "5054/QĐ-XPHC"));

    assertRejected(refused, 422, "no-unpaid-fine", "data.plate");
    assertThat(refused.body().path("detail").asText()).contains("5054/QĐ-XPHC", "đã được nộp");
    assertRejected(
        file(PAYER, byPlate("99-Z9 99999", "5054/QĐ-XPHC")), 422, "no-unpaid-fine", "data.plate");
  }

  @Test
  void refusesAFineAlreadyPaidWithThePaymentQuoted() throws Exception {
    Response refused = file(PAYER, byDecision("2043/QĐ-XPHC"));

    assertRejected(refused, 422, "fine-already-paid", "data.decisionNo");
    assertThat(refused.body().path("decisionNo").asText()).isEqualTo("2043/QĐ-XPHC");
    // The registry marks this one paid without a date; the refusal says so.
    assertThat(refused.body().path("detail").asText()).contains("không ghi ngày nộp");
    assertThat(refused.body().has("paidThroughDossier")).isFalse();
  }

  @Test
  void refusesDecisionsOfSeveralIssuingAuthoritiesToBePaidInOneDossier() throws Exception {
    insertFine("TEST-1/QĐ-XPHC", "99-Z9 00001", "01", "Thành phố Hà Nội");
    insertFine("TEST-2/QĐ-XPHC", "99-Z9 00001", "79", "Thành phố Hồ Chí Minh");

    Response refused = file(PAYER, byPlate("99-Z9 00001", "TEST-1/QĐ-XPHC", "TEST-2/QĐ-XPHC"));

    assertRejected(refused, 422, "different-issuing-authorities", "data.decisionNos");
  }

  /** A registry that does not give the decision date: the amount cannot be computed. */
  @Test
  void refusesADecisionWhoseDateOrIssuerTheRegistryLacks() throws Exception {
    insertFine("TEST-3/QĐ-XPHC", "99-Z9 00003", "01", "Thành phố Hà Nội");
    jdbc.update(
        "update sandbox_traffic_fine set decided_on = null where decision_no = ?",
        "TEST-3/QĐ-XPHC");

    assertRejected(
        file(PAYER, byDecision("TEST-3/QĐ-XPHC")),
        422,
        "penalty-decision-incomplete",
        "data.decisionNo");
  }

  @Test
  void refusesWhatTheSchemaForbids() throws Exception {
    ObjectNode both = byDecision("5241/QĐ-XPHC").put("plate", "79-A1 86075");
    assertRejected(file(PAYER, both), 400, "invalid-data", null);
    assertRejected(file(PAYER, json.createObjectNode()), 400, "invalid-data", null);
    ObjectNode choiceWithoutPlate = json.createObjectNode();
    choiceWithoutPlate.putArray("decisionNos").add("5241/QĐ-XPHC");
    assertRejected(file(PAYER, choiceWithoutPlate), 400, "invalid-data", null);
  }

  @Test
  void aDecisionBeingPaidInAnOpenDossierCannotBeFiledAgain() throws Exception {
    Response first = file(PAYER, byDecision("5256/QĐ-XPHC"));
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    String holder = first.body().path("id").asText();

    Response second = file("001196984744", byPlate("40-F9 50051", "5256/QĐ-XPHC"));

    assertRejected(second, 409, "fine-being-paid", null);
    assertThat(second.body().path("dossierId").asText()).isEqualTo(holder);
    assertThat(second.body().path("detail").asText()).contains(holder);
  }

  @Test
  void aDecisionLeftUnpaidByADossierThatEndedCanBeFiledAgain() throws Exception {
    Response first = file(PAYER, byDecision("1652/QĐ-XPHC"));
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    String ended = first.body().path("id").asText();
    // As when the payment period ran out: the dossier ends NOT_ACCEPTED, nothing paid.
    runtime.deleteProcessInstance(
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(ended)
            .rootProcessInstances()
            .singleResult()
            .getId(),
        "test: payment period over");
    dossiers.changeStatus(ended, DossierStatus.NOT_ACCEPTED, "Không nộp tiền trong thời hạn");

    Response second = file(PAYER, byDecision("1652/QĐ-XPHC"));

    assertThat(second.status()).as(second.text()).isEqualTo(201);
    assertThat(
            jdbc.queryForObject(
                "select dossier_id from payment_claim where subject = ?",
                String.class,
                "traffic-fine:1652/QĐ-XPHC"))
        .isEqualTo(second.body().path("id").asText());
  }

  @Test
  void twoDossiersFiledAtTheSameMomentForOneDecisionFileOnlyOne() throws Exception {
    String decisionNo = "5241/QĐ-XPHC";
    int parallel = 2;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    List<Response> responses = new ArrayList<>();
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (String payer : List.of(PAYER, "001196984744")) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return file(payer, byDecision(decisionNo));
                }));
      }
      start.countDown();
      for (Future<Response> future : futures) {
        responses.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(responses)
        .extracting(Response::status)
        .as(responses.stream().map(Response::text).toList().toString())
        .containsExactlyInAnyOrder(201, 409);
    Response filed = responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
    Response refused = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    String holder = filed.body().path("id").asText();
    assertThat(refused.body().path("type").asText()).endsWith("fine-being-paid");
    assertThat(refused.body().path("dossierId").asText()).isEqualTo(holder);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier d where d.procedure_key = ? and exists (select 1"
                    + " from payment_claim c where c.dossier_id = d.id and c.subject = ?)",
                Integer.class,
                KEY,
                "traffic-fine:" + decisionNo))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier where procedure_key = ? and data_json like ?",
                Integer.class,
                KEY,
                "%" + decisionNo + "%"))
        .as("the refused filing left no dossier")
        .isEqualTo(1);
  }

  /**
   * The demo on the embedded default: a late fine (5685/QĐ-XPHC, 1,000,000 ₫ decided
   * 12/03/2026) paid by someone else on the sandbox gateway page; the gateway posts the signed
   * confirmation to our endpoint; the dossier completes, the fine shows paid, the receipt and the
   * confirmation are in the payer's wallet, and the same callback posted again changes nothing.
   */
  @Test
  void aLateFinePaidOnTheSandboxGatewayCompletesAndAReplayedCallbackChangesNothing()
      throws Exception {
    Response filed = file(PAYER, byDecision("5685/QĐ-XPHC"));
    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String dossier = filed.body().path("id").asText();
    new DossierJobs(runtime, management).run(dossier);
    LedgerEntry entry = ledger.ofDossier(dossier).get(0);
    long daysLate = ChronoUnit.DAYS.between(LocalDate.of(2026, 3, 12), EngineClock.today()) - 10;
    assertThat(entry.amountVnd()).isEqualTo(1_000_000 + 1_000_000 * 5 * daysLate / 10_000);

    HttpResponse<String> paid =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(entry.payUrl() + "/pay"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(paid.statusCode()).as(paid.body()).isLessThan(400);
    new DossierJobs(runtime, management).run(dossier);
    // The owner's notice runs in a notify-citizen instance of its own, keyed per owner.
    for (var instance :
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKeyLike(dossier + ":FINE_PAID:%")
            .list()) {
      management.createJobQuery().processInstanceId(instance.getId()).list().stream()
          .forEach(job -> management.executeJob(job.getId()));
    }
    new DossierJobs(runtime, management).run(dossier);

    JsonNode view = client().get("/api/v1/dossiers/" + dossier).body();
    assertThat(view.path("status").asText()).as(view.toString()).isEqualTo("COMPLETED");
    assertThat(fines.findFine("5685/QĐ-XPHC"))
        .hasValueSatisfying(fine -> assertThat(fine.paidOn()).isEqualTo(EngineClock.today()));
    assertThat(
            jdbc.queryForList(
                "select document_type from sandbox_wallet_document where holder_pin = ?"
                    + " and reference in (?, ?)",
                String.class,
                PAYER,
                ledger.find(entry.requestId()).orElseThrow().receiptNo(),
                view.path("result").path("receiptNo").asText()))
        .contains("PAYMENT_RECEIPT", "FINE_PAYMENT_CONFIRMATION");

    Map<String, Object> sent =
        jdbc.queryForMap(
            "select body, signed_timestamp, signature from sandbox_payment_callback where"
                + " request_id = ? order by id desc limit 1",
            entry.requestId());
    HttpResponse<String> replayed =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/payments/callbacks"))
                    .header("Content-Type", "application/json")
                    .header("X-Payment-Timestamp", (String) sent.get("signed_timestamp"))
                    .header("X-Payment-Signature", (String) sent.get("signature"))
                    .POST(HttpRequest.BodyPublishers.ofString((String) sent.get("body")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
    assertThat(replayed.headers().firstValue("Payment-Callback-Replayed")).hasValue("true");
    assertThat(ledger.ofDossier(dossier))
        .singleElement()
        .satisfies(e -> assertThat(e.state()).isEqualTo(LedgerState.PAID));
    assertThat(client().get("/api/v1/dossiers/" + dossier).body().path("timeline").toString())
        .isEqualTo(view.path("timeline").toString());
  }

  private void insertFine(String decisionNo, String plate, String province, String provinceName) {
    jdbc.update(
        "insert into sandbox_traffic_fine (decision_no, plate, owner_pin, violation, detected_at,"
            + " amount_vnd, paid, decided_on, issuer_province_code, issuer_name) values"
            + " (?,?,?,?,current_timestamp,?,false,current_date,?,?)",
        decisionNo,
        plate,
        "001196984744",
        "Vượt đèn đỏ",
        400_000,
        province,
        "Phòng Cảnh sát giao thông Công an "
            + provinceName.toLowerCase().charAt(0)
            + provinceName.substring(1));
  }

  private Map<String, Object> variables(String dossierId) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(dossierId)
            .rootProcessInstances()
            .singleResult()
            .getId();
    return runtime.getVariables(instance);
  }

  private ObjectNode byDecision(String decisionNo) {
    return json.createObjectNode().put("decisionNo", decisionNo);
  }

  private ObjectNode byPlate(String plate, String... decisionNos) {
    ObjectNode data = json.createObjectNode().put("plate", plate);
    var chosen = data.putArray("decisionNos");
    for (String decisionNo : decisionNos) {
      chosen.add(decisionNo);
    }
    return data;
  }

  private void assertRejected(Response response, int status, String type, String field)
      throws Exception {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(response.body().path("type").asText()).endsWith(type);
    assertThat(response.body().path("detail").asText()).isNotBlank();
    if (field != null) {
      assertThat(response.body().path("field").asText()).isEqualTo(field);
    }
  }

  private DossierApiClient client() {
    return new DossierApiClient(port, json, "police.badinh", "demo");
  }

  private Response file(String applicantPin, ObjectNode data) throws Exception {
    return client().file(KEY, applicantPin, data);
  }
}
