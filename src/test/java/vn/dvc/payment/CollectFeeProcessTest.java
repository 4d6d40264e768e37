package vn.dvc.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.population.Pin;
import vn.dvc.procedure.BareDossiers;
import vn.dvc.procedure.DossierJobs;
import vn.dvc.registry.wallet.CitizenWallet;
import vn.dvc.registry.wallet.DeliveredDocument;
import vn.dvc.registry.wallet.SentNotification;

/**
 * The building block {@code collect-fee} on its own, called the way the frame calls it (by version
 * tag, business key and all variables in, its outputs out), for a bare dossier of a procedure whose
 * fee decision the test deploys (permanent residence: 10.000 ₫ online). The platform's
 * confirmations are simulated exactly as the confirmation endpoint's contract says.
 */
@DvcSpringBootTest
class CollectFeeProcessTest {

  private static final String PAID_PROCEDURE = "permanent-residence-registration";
  private static final String OFFICERS = "commune-01100-civil-status";

  @Autowired ProcessEngine engine;
  @Autowired BareDossiers bare;
  @Autowired FeeCollection fees;
  @Autowired PaymentLedger ledger;
  @Autowired DossierRepository dossiers;
  @Autowired CitizenWallet wallet;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  private final List<String> deployments = new ArrayList<>();
  private DossierJobs jobs;

  @BeforeEach
  void setUp() {
    init(engine);
    jobs = new DossierJobs(runtime, management);
    deployments.add(fees.deployFeeDecision(PAID_PROCEDURE, 10_000));
  }

  @AfterEach
  void undeploy() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void requestsNoPaymentWhenTheFeeDecisionSaysTheDossierIsFree() {
    String dossier = bare.file("death-registration");
    ProcessInstance caller = collectFee(dossier, "death-registration", Map.of("late", false));

    assertThat(caller).isWaitingAt("Task_Inspect");
    assertThat(output(caller, "feeOutcome")).isEqualTo("NO_FEE");
    assertThat(output(caller, "feeAmountVnd")).isEqualTo(0L);
    assertThat(output(caller, "paymentRequestId")).isNull();
    assertThat(fees.feeRows(dossier)).containsExactly("DEATH_REGISTRATION_FEE=0");
    assertThat(ledger.ofDossier(dossier)).isEmpty();
    assertThat(timeline(dossier, "FEE_DECIDED"))
        .startsWith("Không thu phí, lệ phí — 0 ₫: Đăng ký khai tử đúng hạn");
    assertThat(bare.status(dossier)).isEqualTo("RECEIVED");
  }

  @Test
  void asksThePayerToPayByTheDeadlineAndIssuesTheReceiptOnceConfirmed() {
    String dossier = bare.file(PAID_PROCEDURE);
    Instant started = FeeCollection.now();
    ProcessInstance caller = collectFee(dossier, PAID_PROCEDURE, Map.of());

    assertThat(block(dossier)).isWaitingAt("Gateway_AwaitPayment");
    assertThat(bare.status(dossier)).isEqualTo("AWAITING_PAYMENT");
    LedgerEntry request = fees.request(dossier);
    assertThat(request.state()).isEqualTo(LedgerState.AWAITING);
    assertThat(request.amountVnd()).isEqualTo(10_000);
    assertThat(request.payerPin()).isEqualTo(BareDossiers.APPLICANT);
    assertThat(Duration.between(started, request.deadline()))
        .isBetween(Duration.ofDays(3), Duration.ofDays(3).plusMinutes(1));
    assertThat((Date) runtime.getVariable(block(dossier).getId(), "paymentDeadline"))
        .isEqualTo(Date.from(request.deadline()));
    assertThat(timeline(dossier, "PAYMENT_REQUESTED"))
        .contains("10.000 ₫", request.requestId(), deadlineText(request.deadline()));
    SentNotification told = notification(dossier, "AWAITING_PAYMENT");
    assertThat(told.message())
        .contains("10.000 ₫", deadlineText(request.deadline()), request.payUrl())
        .contains("Đăng ký thường trú");

    fees.pay(dossier, 10_000);
    jobs.run(dossier);

    assertThat(caller).isWaitingAt("Task_Inspect");
    assertThat(output(caller, "feeOutcome")).isEqualTo("PAID");
    assertThat(output(caller, "feeAmountVnd")).isEqualTo(10_000L);
    assertThat(output(caller, "paymentRequestId")).isEqualTo(request.requestId());
    String receiptNo = (String) output(caller, "receiptNo");
    assertThat(receiptNo).isEqualTo("BL-" + request.requestId().substring(4));
    assertThat(ledger.find(request.requestId()).orElseThrow().receiptNo()).isEqualTo(receiptNo);
    DeliveredDocument receipt = receipt(receiptNo);
    assertThat(receipt.documentType()).isEqualTo("PAYMENT_RECEIPT");
    assertThat(receipt.title()).isEqualTo("Biên lai điện tử thu phí, lệ phí — 10.000 ₫");
    assertThat(timeline(dossier, "FEE_RECEIPT_ISSUED"))
        .contains(receiptNo, "10.000 ₫", BareDossiers.APPLICANT, dossier, "Luật Cư trú 2020");
  }

  @Test
  void keepsWaitingAfterADeclinedAttemptAndForAnotherRequestsConfirmationThenTakesThePayment() {
    String dossier = bare.file(PAID_PROCEDURE);
    ProcessInstance caller = collectFee(dossier, PAID_PROCEDURE, Map.of());
    // A declined attempt: the endpoint records it, the request stays open, nothing is correlated.
    dossiers.addEvent(dossier, "PAYMENT_DECLINED", "Ngân hàng từ chối giao dịch");

    assertThatThrownBy(
            () ->
                runtime
                    .createMessageCorrelation("PaymentConfirmed")
                    .processInstanceBusinessKey(dossier)
                    .processInstanceVariableEquals("paymentRequestId", "PAY-ANOTHER")
                    .correlate())
        .isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(block(dossier)).isWaitingAt("Gateway_AwaitPayment");
    assertThat(fees.request(dossier).state()).isEqualTo(LedgerState.AWAITING);

    fees.pay(dossier, 10_000);
    jobs.run(dossier);
    assertThat(output(caller, "feeOutcome")).isEqualTo("PAID");
  }

  @Test
  void withdrawsTheRequestAndDoesNotAcceptTheDossierWhenNotPaidByTheDeadline() {
    String dossier = bare.file(PAID_PROCEDURE);
    ProcessInstance caller = collectFee(dossier, PAID_PROCEDURE, Map.of());
    LedgerEntry request = fees.request(dossier);

    passDeadline(dossier);

    assertThat(output(caller, "feeOutcome")).isEqualTo("NOT_PAID");
    assertThat(fees.platformState(request.requestId())).isEqualTo("CANCELLED");
    assertThat(ledger.find(request.requestId()).orElseThrow().state())
        .isEqualTo(LedgerState.EXPIRED);
    assertThat(bare.status(dossier)).isEqualTo("NOT_ACCEPTED");
    assertThat(result(dossier))
        .contains("\"outcome\":\"NOT_ACCEPTED\"")
        .contains("Không nộp phí, lệ phí trong thời hạn");
    assertThat(timeline(dossier, "NOT_ACCEPTED")).isEqualTo("Không nộp phí, lệ phí trong thời hạn");
    ProcessInstance told =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("notify-citizen")
            .processInstanceBusinessKeyLike(dossier + ":NOT_ACCEPTED:%")
            .singleResult();
    assertThat(runtime.getVariable(told.getId(), "message"))
        .isEqualTo(
            "Hồ sơ " + dossier + " không được tiếp nhận: Không nộp phí, lệ phí trong thời hạn.");
  }

  @Test
  void takesAPaymentMadeAtTheDeadlineFromThePlatformInsteadOfLosingIt() {
    String dossier = bare.file(PAID_PROCEDURE);
    ProcessInstance caller = collectFee(dossier, PAID_PROCEDURE, Map.of());
    LedgerEntry request = fees.request(dossier);
    // Paid at the platform; its confirmation has not reached us when the deadline fires.
    fees.payAtPlatform(request.requestId(), 10_000, "TX-LAST-MOMENT");

    passDeadline(dossier);
    jobs.run(dossier);

    LedgerEntry settled = ledger.find(request.requestId()).orElseThrow();
    assertThat(settled.state()).isEqualTo(LedgerState.PAID);
    assertThat(settled.transactionRef()).isEqualTo("TX-LAST-MOMENT");
    assertThat(fees.platformState(request.requestId())).isEqualTo("PAID");
    assertThat(output(caller, "feeOutcome")).isEqualTo("PAID");
    assertThat(output(caller, "receiptNo")).isNotNull();
    assertThat(bare.status(dossier)).isEqualTo("AWAITING_PAYMENT");
  }

  @Test
  void givesAPaymentOfAnotherAmountToThePaymentOfficerWhoAcceptsItWithAReceiptForWhatWasPaid() {
    String dossier = bare.file(PAID_PROCEDURE);
    ProcessInstance caller = collectFee(dossier, PAID_PROCEDURE, Map.of());

    fees.pay(dossier, 9_000);

    Task problem = bare.task(dossier);
    assertThat(problem.getTaskDefinitionKey()).isEqualTo("Task_ResolvePaymentProblem");
    assertThat(problem.getName()).isEqualTo("Xử lý sai lệch thanh toán · " + dossier);
    assertThat(problem.getDescription())
        .startsWith("Hồ sơ " + dossier + ". Chấp nhận hoặc hoàn trả khoản đã nộp")
        .contains(
            "Hạn xử lý: "
                + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                    .withZone(vn.dvc.time.EngineClock.VIETNAM)
                    .format(problem.getDueDate().toInstant()))
        .endsWith("Số tiền đã nộp khác số tiền phải nộp.");
    assertThat(problem.getCamundaFormRef().getKey()).isEqualTo("resolve-payment-problem");
    assertThat(bare.candidateGroups(problem)).containsExactly(OFFICERS);
    assertThat(tasks.getVariableLocal(problem.getId(), "paymentAskedAmount")).isEqualTo("10.000 ₫");
    assertThat(tasks.getVariableLocal(problem.getId(), "paymentPaidAmount")).isEqualTo("9.000 ₫");
    assertThat(tasks.getVariableLocal(problem.getId(), "paymentProblemLabel"))
        .isEqualTo("Số tiền đã nộp khác số tiền phải nộp");
    assertThat(tasks.getVariableLocal(problem.getId(), "procedureName"))
        .isEqualTo("Đăng ký thường trú");
    assertThat((String) tasks.getVariable(problem.getId(), "paymentProblemDetail"))
        .contains("10.000 ₫", "9.000 ₫");

    tasks.complete(
        problem.getId(),
        Map.of(
            "paymentResolution", "ACCEPT",
            "paymentResolutionNote", "Chênh lệch do phí ngân hàng"));
    jobs.run(dossier);

    assertThat(output(caller, "feeOutcome")).isEqualTo("PAID");
    LedgerEntry entry = fees.request(dossier);
    assertThat(entry.state()).isEqualTo(LedgerState.PAID);
    assertThat(receipt((String) output(caller, "receiptNo")).title())
        .isEqualTo("Biên lai điện tử thu phí, lệ phí — 9.000 ₫");
    assertThat(timeline(dossier, "PAYMENT_PROBLEM_RESOLVED"))
        .contains("chấp nhận", "Chênh lệch do phí ngân hàng");
  }

  @Test
  void doesNotAcceptTheDossierWhenThePaymentOfficerRefundsAnotherAmount() {
    String dossier = bare.file(PAID_PROCEDURE);
    ProcessInstance caller = collectFee(dossier, PAID_PROCEDURE, Map.of());
    fees.pay(dossier, 100_000);
    Task problem = bare.task(dossier);

    assertThatThrownBy(() -> tasks.complete(problem.getId(), Map.of("paymentResolution", "REFUND")))
        .hasMessageContaining("Ghi rõ lý do");
    assertThat(bare.task(dossier).getId()).isEqualTo(problem.getId());

    tasks.complete(
        problem.getId(),
        Map.of("paymentResolution", "REFUND", "paymentResolutionNote", "Nộp thừa 90.000 ₫"));

    assertThat(output(caller, "feeOutcome")).isEqualTo("NOT_PAID");
    assertThat(output(caller, "receiptNo")).isNull();
    assertThat(fees.request(dossier).state()).isEqualTo(LedgerState.AMOUNT_MISMATCH);
    assertThat(bare.status(dossier)).isEqualTo("NOT_ACCEPTED");
    assertThat(result(dossier)).contains("khoản đã nộp được hoàn trả");
  }

  @Test
  void decidesOneFeePerSubjectReadingTheSubjectsJavaMapInFeelAndAsksTheGivenPayer() {
    String dossier = bare.file(PAID_PROCEDURE);
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        "feeSubjects",
        List.of(
            new HashMap<>(Map.of("no", "QD-1", "amount", 150_000)),
            new HashMap<>(Map.of("no", "QD-2", "amount", 250_000))));
    variables.put("payerPin", "001032283644");
    collectFee(dossier, PAID_PROCEDURE, variables);

    assertThat(fees.feeRows(dossier)).containsExactly("FINE-QD-1=150000", "FINE-QD-2=250000");
    LedgerEntry request = fees.request(dossier);
    assertThat(request.amountVnd()).isEqualTo(400_000);
    assertThat(request.payerPin()).isEqualTo("001032283644");
    assertThat(timeline(dossier, "FEE_DECIDED"))
        .startsWith("Phí, lệ phí phải nộp: 400.000 ₫")
        .contains("Tiền phạt theo quyết định QD-2");
  }

  private ProcessInstance collectFee(
      String dossier, String procedureKey, Map<String, Object> variables) {
    String xml =
        """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_FeeCaller"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="fee-caller" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Called" />
            <bpmn:sequenceFlow id="Flow_ToBlock" sourceRef="StartEvent_Called" targetRef="Task_CollectFee" />
            <bpmn:callActivity id="Task_CollectFee" calledElement="collect-fee"
                camunda:calledElementBinding="versionTag" camunda:calledElementVersionTag="1">
              <bpmn:extensionElements>
                <camunda:in businessKey="#{execution.processBusinessKey}" />
                <camunda:in variables="all" />
                <camunda:out source="feeOutcome" target="feeOutcome" />
                <camunda:out source="feeAmountVnd" target="feeAmountVnd" />
                <camunda:out source="paymentRequestId" target="paymentRequestId" />
                <camunda:out source="receiptNo" target="receiptNo" />
              </bpmn:extensionElements>
            </bpmn:callActivity>
            <bpmn:sequenceFlow id="Flow_FromBlock" sourceRef="Task_CollectFee" targetRef="Task_Inspect" />
            <bpmn:userTask id="Task_Inspect" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Inspect" targetRef="EndEvent_Done" />
            <bpmn:endEvent id="EndEvent_Done" />
          </bpmn:process>
        </bpmn:definitions>
        """;
    deployments.add(
        repository.createDeployment().addString("fee-caller.bpmn", xml).deploy().getId());
    Map<String, Object> all = new HashMap<>(variables);
    all.put("procedureKey", procedureKey);
    all.put("communeCode", BareDossiers.COMMUNE);
    all.put("provinceCode", "01");
    all.put("dossierId", dossier);
    all.put("applicantPin", BareDossiers.APPLICANT);
    all.put("paymentOfficerGroup", OFFICERS);
    ProcessInstance caller = runtime.startProcessInstanceByKey("fee-caller", dossier, all);
    jobs.run(dossier);
    return caller;
  }

  private ProcessInstance block(String dossier) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("collect-fee")
        .processInstanceBusinessKey(dossier)
        .singleResult();
  }

  private void passDeadline(String dossier) {
    management.executeJob(
        management
            .createJobQuery()
            .processInstanceId(block(dossier).getId())
            .timers()
            .singleResult()
            .getId());
  }

  private Object output(ProcessInstance caller, String variable) {
    return runtime.getVariable(caller.getId(), variable);
  }

  private String timeline(String dossier, String event) {
    return dossiers.timeline(dossier).stream()
        .filter(e -> e.event().equals(event))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("No " + event + " on " + dossier))
        .detail();
  }

  private SentNotification notification(String dossier, String status) {
    return wallet.notificationsOf(Pin.of(BareDossiers.APPLICANT)).stream()
        .filter(n -> n.dossierId().equals(dossier) && n.status().equals(status))
        .filter(n -> n.message().contains("vui lòng nộp"))
        .findFirst()
        .orElseThrow();
  }

  private DeliveredDocument receipt(String receiptNo) {
    return wallet.documentsOf(Pin.of(BareDossiers.APPLICANT)).stream()
        .filter(d -> receiptNo.equals(d.reference()))
        .findFirst()
        .orElseThrow();
  }

  private String result(String dossier) {
    return jdbc.queryForObject(
        "select result_json from dossier where id = ?", String.class, dossier);
  }

  private static String deadlineText(Instant deadline) {
    return RequestFeePaymentDelegate.DEADLINE.format(deadline);
  }
}
