package vn.dvc.procedure.trafficfinepayment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.api.ApiProblem;
import vn.dvc.dossier.DossierFixtures;
import vn.dvc.payment.FeeItem;
import vn.dvc.payment.LedgerEntry;
import vn.dvc.payment.LedgerState;
import vn.dvc.payment.PaymentLedger;
import vn.dvc.procedure.DossierJobs;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.trafficfines.TrafficFineRegistry;
import vn.dvc.time.EngineClock;

/**
 * Every path of {@code processes/traffic-fine-payment.bpmn} on the real engine with the sandbox
 * registries, the frame and collect-fee; the platform's confirmation is what the confirmation
 * endpoint does (settle the ledger and correlate PaymentConfirmed in one transaction). Each test
 * pays decisions of its own: claims and registry writes outlive a test.
 */
@DvcSpringBootTest
class TrafficFinePaymentProcessTest {

  private static final String KEY = "traffic-fine-payment";

  /** Pays for others; the owners are told. */
  private static final String PAYER = "001030455036";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationContext context;
  @Autowired PaymentLedger ledger;
  @Autowired TrafficFineRegistry fines;

  DossierFixtures dossiers;

  @BeforeEach
  void setUp() {
    init(engine);
    dossiers = new DossierFixtures(context);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** 8936/QĐ-XPHC: 4,000,000 ₫ decided 18/09/2026, paid 7 days later, within the 10 days. */
  @Test
  void aFinePaidOnTimeIsTheFineAloneRecordedPaidWithTheConfirmationAndTheOwnerTold() {
    today("2026-09-25");
    String dossier = file(PAYER, "8936/QĐ-XPHC");
    run(dossier);

    assertThat(status(dossier)).isEqualTo("AWAITING_PAYMENT");
    assertThat(ledger.feeItems(dossier))
        .containsExactly(
            new FeeItem(
                "FINE:8936/QĐ-XPHC",
                4_000_000,
                "Tiền phạt theo quyết định xử phạt số 8936/QĐ-XPHC ngày 18/09/2026: 4.000.000 ₫"));
    LedgerEntry request = awaiting(dossier);
    assertThat(request.amountVnd()).isEqualTo(4_000_000);
    assertThat(request.payerPin()).isEqualTo(PAYER);

    pay(dossier, request);
    run(dossier);
    runNotifications(dossier);

    assertThat(status(dossier)).isEqualTo("COMPLETED");
    assertThat(fines.findFine("8936/QĐ-XPHC"))
        .hasValueSatisfying(
            fine -> {
              assertThat(fine.paid()).isTrue();
              assertThat(fine.paidOn()).isEqualTo(LocalDate.of(2026, 9, 25));
            });
    JsonNode result = dossiers.view(dossier).path("result");
    assertThat(result.path("document").asText()).isEqualTo("FINE_PAYMENT_CONFIRMATION");
    assertThat(result.path("receiptNo").asText()).isNotBlank();
    assertThat(result.path("decisionNos").asText()).isEqualTo("8936/QĐ-XPHC");
    assertThat(result.path("amountPaidVnd").asLong()).isEqualTo(4_000_000);
    assertThat(result.path("payerPin").asText()).isEqualTo(PAYER);
    assertThat(result.path("owners").findValuesAsText("pin")).containsExactly("001086788246");
    assertThat(result.path("registeredBy").asText())
        .isEqualTo("Phòng Cảnh sát giao thông Công an thành phố Hà Nội");
    assertThat(notificationsTo("001086788246", dossier))
        .singleElement()
        .asString()
        .contains("8936/QĐ-XPHC", "01-S2 83100", dossier);
    // The frame and the blocks it calls share the dossier's business key, so this counts theirs
    // too; tasks of other tests' dossiers in the shared engine are not this dossier's business.
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(dossier)
                .count())
        .as("straight through: no officer's task")
        .isZero();

    // The same decision again: refused at filing with this payment quoted.
    assertThatThrownBy(() -> file("001196984744", "8936/QĐ-XPHC"))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.type()).isEqualTo("fine-already-paid");
              assertThat(problem.properties())
                  .containsEntry("paidOn", "2026-09-25")
                  .containsEntry("paidThroughDossier", dossier)
                  .containsEntry("field", "data.decisionNo");
              assertThat(problem.getMessage()).contains("25/09/2026", dossier);
            });
  }

  /**
   * 3840/QĐ-XPHC: 400,000 ₫ decided 02/07/2026, paid 22 days later: 12 days late, 400,000 × 0.05 %
   * × 12 = 2,400 ₫ of interest.
   */
  @Test
  void aFinePaidLateAddsTheInterestTheDecisionComputed() {
    today("2026-07-24");
    String dossier = file("027161923646", "3840/QĐ-XPHC");
    run(dossier);

    assertThat(ledger.feeItems(dossier))
        .extracting(FeeItem::item, FeeItem::amountVnd)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("FINE:3840/QĐ-XPHC", 400_000L),
            org.assertj.core.groups.Tuple.tuple("LATE_PAYMENT_INTEREST:3840/QĐ-XPHC", 2_400L));
    assertThat(ledger.feeItems(dossier).get(1).reason())
        .isEqualTo(
            "Nộp chậm 12 ngày sau thời hạn 10 ngày kể từ ngày ra quyết định 02/07/2026:"
                + " 400.000 ₫ × 0,05 % × 12 = 2.400 ₫");
    LedgerEntry request = awaiting(dossier);
    assertThat(request.amountVnd()).isEqualTo(402_400);

    pay(dossier, request);
    run(dossier);

    assertThat(status(dossier)).isEqualTo("COMPLETED");
    assertThat(dossiers.view(dossier).path("result").path("amountPaidVnd").asLong())
        .isEqualTo(402_400);
    // The owner paid: nobody else to tell.
    assertThat(notificationsTo("027161923646", dossier))
        .noneMatch(message -> message.contains("đã được nộp qua hồ sơ"));
  }

  /**
   * 4634/QĐ-XPHC: while a first dossier waits for its payment, a second is refused naming it; once
   * the first ends unpaid (the payment period ran out), the decision can be paid again.
   */
  @Test
  void aDecisionHeldByAWaitingDossierPassesOnOnlyWhenThatDossierEndsUnpaid() {
    today("2026-06-25");
    String first = file(PAYER, "4634/QĐ-XPHC");
    run(first);
    assertThat(status(first)).isEqualTo("AWAITING_PAYMENT");

    assertThatThrownBy(() -> file("001196984744", "4634/QĐ-XPHC"))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            problem -> {
              assertThat(problem.type()).isEqualTo("fine-being-paid");
              assertThat(problem.properties()).containsEntry("dossierId", first);
            });

    ClockUtil.setCurrentTime(Date.from(EngineClock.now().plusSeconds(4 * 24 * 3600)));
    Job deadline =
        management
            .createJobQuery()
            .timers()
            .processInstanceId(collectFeeInstance(first))
            .singleResult();
    management.executeJob(deadline.getId());
    run(first);
    assertThat(status(first)).isEqualTo("NOT_ACCEPTED");
    assertThat(ledger.find(awaitingOrAny(first).requestId()))
        .hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(LedgerState.EXPIRED));

    String second = file("001196984744", "4634/QĐ-XPHC");

    assertThat(second).isNotEqualTo(first);
    run(second);
    assertThat(status(second)).isEqualTo("AWAITING_PAYMENT");
  }

  /**
   * 6443/QĐ-XPHC is paid at the counter after the dossier was filed: the registry refuses the
   * write-back, and an officer of the issuing province's traffic police accepts the payment.
   */
  @Test
  void aRegistryRefusalGoesToTheIssuingAuthoritysOfficerWhoAcceptsThePayment() {
    today("2026-03-10");
    String dossier = file(PAYER, "6443/QĐ-XPHC");
    run(dossier);
    fines.recordPayment(
        "6443/QĐ-XPHC", LocalDate.of(2026, 3, 10), new IdempotencyKey("TEST-COUNTER-6443"));

    pay(dossier, awaiting(dossier));
    run(dossier);

    Task task = refusalTask(dossier);
    assertThat(dossiers.candidateGroups(task)).containsExactly("province-01-police-traffic");
    assertThat(runtime.getVariable(task.getExecutionId(), "paymentProblem"))
        .isEqualTo("REGISTRY_REFUSED");
    assertThat((String) runtime.getVariable(task.getExecutionId(), "paymentProblemDetail"))
        .contains("6443/QĐ-XPHC");
    assertThat(status(dossier)).isNotEqualTo("COMPLETED");

    tasks.complete(
        task.getId(),
        Map.of(
            "paymentResolution",
            "ACCEPT",
            "paymentResolutionNote",
            "Nộp trùng tại quầy; quầy hoàn trả khoản nộp tại quầy"));
    run(dossier);
    runNotifications(dossier);

    assertThat(status(dossier)).isEqualTo("COMPLETED");
    assertThat(dossiers.view(dossier).path("result").path("receiptNo").asText()).isNotBlank();
  }

  /** 2990/QĐ-XPHC, paid elsewhere meanwhile: the officer refunds, the dossier is refused. */
  @Test
  void aRegistryRefusalTheOfficerRefundsRefusesTheDossierWithTheReason() {
    today("2026-06-30");
    String dossier = file(PAYER, "2990/QĐ-XPHC");
    run(dossier);
    fines.recordPayment(
        "2990/QĐ-XPHC", LocalDate.of(2026, 6, 30), new IdempotencyKey("TEST-COUNTER-2990"));
    pay(dossier, awaiting(dossier));
    run(dossier);

    tasks.complete(
        refusalTask(dossier).getId(),
        Map.of("paymentResolution", "REFUND", "paymentResolutionNote", "Đã nộp tại quầy"));
    run(dossier);

    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("timeline").toString()).contains("được hoàn trả");
  }

  /**
   * Two fines of one vehicle in one dossier (a plate of the test's own: the shared data has one
   * fine per plate): one payment, a fee decision per fine, and each fine recorded paid on its own.
   */
  @Test
  void twoFinesOfAPlatePaidTogetherAreEachDecidedAndRecordedPaid() {
    today("2026-05-20");
    insertFine("TEST-31/QĐ-XPHC", "99-Z9 00031", 1_000_000, "2026-05-15");
    insertFine("TEST-32/QĐ-XPHC", "99-Z9 00031", 600_000, "2026-05-01");
    ObjectNode data = dossiers.object().put("plate", "99-Z9 00031");
    data.putArray("decisionNos").add("TEST-31/QĐ-XPHC").add("TEST-32/QĐ-XPHC");
    String dossier = dossiers.file(KEY, PAYER, data);
    run(dossier);

    // 5 days: on time; 19 days: 9 days late, 600,000 × 0.05 % × 9 = 2,700.
    assertThat(ledger.feeItems(dossier))
        .extracting(FeeItem::item, FeeItem::amountVnd)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("FINE:TEST-31/QĐ-XPHC", 1_000_000L),
            org.assertj.core.groups.Tuple.tuple("FINE:TEST-32/QĐ-XPHC", 600_000L),
            org.assertj.core.groups.Tuple.tuple("LATE_PAYMENT_INTEREST:TEST-32/QĐ-XPHC", 2_700L));
    LedgerEntry request = awaiting(dossier);
    assertThat(request.amountVnd()).isEqualTo(1_602_700);

    pay(dossier, request);
    run(dossier);
    runNotifications(dossier);

    assertThat(status(dossier)).isEqualTo("COMPLETED");
    for (String decisionNo : List.of("TEST-31/QĐ-XPHC", "TEST-32/QĐ-XPHC")) {
      assertThat(fines.findFine(decisionNo))
          .as(decisionNo)
          .hasValueSatisfying(
              fine -> assertThat(fine.paidOn()).isEqualTo(LocalDate.of(2026, 5, 20)));
    }
    assertThat(dossiers.view(dossier).path("result").path("decisionNos").asText())
        .isEqualTo("TEST-31/QĐ-XPHC, TEST-32/QĐ-XPHC");
  }

  private void insertFine(String decisionNo, String plate, long amountVnd, String decidedOn) {
    jdbc.update(
        "insert into sandbox_traffic_fine (decision_no, plate, owner_pin, violation, detected_at,"
            + " amount_vnd, paid, decided_on, issuer_province_code, issuer_name) values"
            + " (?,?,?,?,current_timestamp,?,false,?,?,?)",
        decisionNo,
        plate,
        "001196984744",
        "Vượt đèn đỏ",
        amountVnd,
        java.sql.Date.valueOf(decidedOn),
        "01",
        "Phòng Cảnh sát giao thông Công an thành phố Hà Nội");
  }

  private Task refusalTask(String dossier) {
    List<Task> found =
        tasks.createTaskQuery().processInstanceBusinessKey(dossier).taskUnassigned().list();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private String file(String payer, String decisionNo) {
    ObjectNode data = dossiers.object().put("decisionNo", decisionNo);
    return dossiers.file(KEY, payer, data);
  }

  private void run(String dossier) {
    new DossierJobs(runtime, management).run(dossier);
  }

  /** The owners' notices run in notify-citizen instances keyed per owner. */
  private void runNotifications(String dossier) {
    for (Job job :
        management.createJobQuery().messages().list().stream()
            .filter(
                j ->
                    runtime
                            .createProcessInstanceQuery()
                            .processInstanceId(j.getProcessInstanceId())
                            .processInstanceBusinessKeyLike(dossier + ":FINE_PAID:%")
                            .count()
                        > 0)
            .toList()) {
      management.executeJob(job.getId());
    }
    run(dossier);
  }

  private List<String> notificationsTo(String pin, String dossier) {
    return jdbc.queryForList(
        "select message from sandbox_wallet_notification where recipient_pin = ? and dossier_id"
            + " = ?",
        String.class,
        pin,
        dossier);
  }

  private String collectFeeInstance(String dossier) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("collect-fee")
        .processInstanceBusinessKey(dossier)
        .singleResult()
        .getId();
  }

  private LedgerEntry awaiting(String dossier) {
    List<LedgerEntry> entries = ledger.ofDossier(dossier);
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).state()).isEqualTo(LedgerState.AWAITING);
    return entries.get(0);
  }

  private LedgerEntry awaitingOrAny(String dossier) {
    return ledger.ofDossier(dossier).get(0);
  }

  /** What the confirmation endpoint does with the platform's confirmation, in one transaction. */
  private void pay(String dossier, LedgerEntry request) {
    transaction.executeWithoutResult(
        status -> {
          assertThat(
                  ledger.settle(
                      request.requestId(),
                      LedgerState.PAID,
                      request.amountVnd(),
                      EngineClock.now(),
                      "TX-" + request.requestId()))
              .isTrue();
          runtime
              .createMessageCorrelation("PaymentConfirmed")
              .processInstanceBusinessKey(dossier)
              .processInstanceVariableEquals("paymentRequestId", request.requestId())
              .correlate();
        });
  }

  private String status(String dossier) {
    return dossiers.view(dossier).path("status").asText();
  }

  /** 10:00 in Vietnam on that day. */
  private static void today(String date) {
    ClockUtil.setCurrentTime(
        Date.from(
            ZonedDateTime.of(LocalDate.parse(date), LocalTime.of(10, 0), EngineClock.VIETNAM)
                .toInstant()));
  }
}
