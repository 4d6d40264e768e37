package vn.dvc.procedure.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.catalogue.Procedure;
import vn.dvc.catalogue.ProcedureCatalogue;
import vn.dvc.payment.FeeCollection;
import vn.dvc.payment.LedgerState;
import vn.dvc.procedure.BareDossiers;
import vn.dvc.procedure.DossierJobs;

/**
 * The frame {@code handle-dossier} on its own, called the way a procedure calls it (by version tag,
 * with its facts in and the outcome out), for a bare dossier row: who gets which task with which
 * form and name comes from the procedure's descriptor in the catalogue.
 */
@DvcSpringBootTest
class HandleDossierProcessTest {

  private static final String COMMUNE = BareDossiers.COMMUNE;

  @Autowired ProcessEngine engine;
  @Autowired BareDossiers bare;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationEventPublisher events;

  @Autowired FeeCollection fees;
  @Autowired ProcedureCatalogue catalogue;
  @Autowired HistoryService history;

  private static final String STRAIGHT_THROUGH = "straight-through-test";

  private String deployment;
  private final List<String> feeDecisions = new ArrayList<>();

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void undeployCaller() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
    feeDecisions.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void collectsTheFeeBeforeTheReviewWithTheClockNotRunningAndNotAgainAfterASupplement() {
    feeDecisions.add(fees.deployFeeDecision("death-registration", 8_000));
    String dossier = bare.file("death-registration");
    ProcessInstance caller = callFrame(dossier, completeDeathDossier());
    DossierJobs jobs = new DossierJobs(runtime, management);
    jobs.run(dossier);

    assertThat(frameOf(caller)).isWaitingAt("CallActivity_CollectFee");
    assertThat(bare.status(dossier)).isEqualTo("AWAITING_PAYMENT");
    assertThat(bare.clock(dossier)).isEqualTo("NOT_STARTED");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossier).count()).isZero();
    assertThat(fees.request(dossier).amountVnd()).isEqualTo(8_000);

    fees.pay(dossier, 8_000);
    jobs.run(dossier);

    Task review = bare.task(dossier);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(bare.status(dossier)).isEqualTo("IN_REVIEW");
    assertThat(bare.clock(dossier)).isEqualTo("RUNNING");
    assertThat(runtime.getVariable(frameOf(caller).getId(), "feeOutcome")).isEqualTo("PAID");
    assertThat(runtime.getVariable(frameOf(caller).getId(), "receiptNo")).isNotNull();
    assertThat(runtime.getVariable(frameOf(caller).getId(), "paymentOfficerGroup"))
        .as("without a payment group, the review group handles payment problems")
        .isEqualTo("commune-01100-civil-status");

    tasks.complete(
        review.getId(),
        Map.of(
            "reviewDecision", "REQUEST_DOCUMENTS",
            "requestedDocumentType", "DEATH_NOTICE",
            "requestReason", "Giấy báo tử không khớp"));
    runtime
        .createMessageCorrelation("DocumentsSupplied")
        .processInstanceBusinessKey(dossier)
        .correlate();
    jobs.run(dossier);

    assertThat(bare.task(dossier).getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("collect-fee")
                .processInstanceBusinessKey(dossier)
                .count())
        .isZero();
    assertThat(fees.request(dossier).state()).isEqualTo(LedgerState.PAID);
  }

  @Test
  void approvesAProcedureWithoutReviewOnceItsFeeIsPaidAndGivesPaymentProblemsToItsPaymentGroup()
      throws Exception {
    // A straight-through descriptor (like paying a traffic fine): no review, a payment group. Put
    // into the shared catalogue for this test only; no procedure of the catalogue has one yet.
    Procedure straight =
        new Procedure(
            STRAIGHT_THROUGH,
            9_999,
            new Procedure.LocalizedText("Thủ tục thử nghiệm", "Test procedure"),
            new Procedure.Authority("Công an tỉnh", "Provincial police", "CIVIL_STATUS"),
            new Procedure.TimeLimit(1, Procedure.TimeLimitUnit.WORKING_DAYS, null, false),
            new Procedure.Fee(50_000L, null, false),
            List.of("Luật Xử lý vi phạm hành chính 2012"),
            null,
            new Procedure.Handling(
                null,
                null,
                null,
                List.of(),
                Map.of(),
                List.of("temporary-absence-declaration-required-documents"),
                new Procedure.Payment("province-{provinceCode}-traffic-police")));
    Map<String, Procedure> procedures = catalogueEntries();
    procedures.put(STRAIGHT_THROUGH, straight);
    try {
      feeDecisions.add(fees.deployFeeDecision(STRAIGHT_THROUGH, 50_000));
      String dossier = bare.file(STRAIGHT_THROUGH);
      Map<String, Object> facts = new HashMap<>();
      facts.put("procedureKey", STRAIGHT_THROUGH);
      facts.put("applicantFound", true);
      ProcessInstance caller = callFrame(dossier, facts);
      DossierJobs jobs = new DossierJobs(runtime, management);
      jobs.run(dossier);
      assertThat(runtime.getVariable(frameOf(caller).getId(), "reviewRequired")).isEqualTo(false);

      fees.pay(dossier, 40_000);
      Task problem = bare.task(dossier);
      assertThat(problem.getTaskDefinitionKey()).isEqualTo("Task_ResolvePaymentProblem");
      assertThat(bare.candidateGroups(problem)).containsExactly("province-01-traffic-police");
      tasks.complete(
          problem.getId(),
          Map.of("paymentResolution", "ACCEPT", "paymentResolutionNote", "Đã xác minh"));
      jobs.run(dossier);

      assertThat(caller).isWaitingAt("Task_Inspect");
      assertThat(outputOf(caller, "outcome")).isEqualTo("APPROVED");
      assertThat(
              history
                  .createHistoricTaskInstanceQuery()
                  .processInstanceBusinessKey(dossier)
                  .taskDefinitionKey("Task_ReviewDossier")
                  .count())
          .isZero();
    } finally {
      procedures.remove(STRAIGHT_THROUGH);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Procedure> catalogueEntries() throws ReflectiveOperationException {
    Field entries = ProcedureCatalogue.class.getDeclaredField("procedures");
    entries.setAccessible(true);
    return (Map<String, Procedure>) entries.get(catalogue);
  }

  @Test
  void endsNotAcceptedWithoutAnyReviewWhenTheFeeIsNotPaidInTime() {
    feeDecisions.add(fees.deployFeeDecision("death-registration", 8_000));
    String dossier = bare.file("death-registration");
    ProcessInstance caller = callFrame(dossier, completeDeathDossier());
    new DossierJobs(runtime, management).run(dossier);
    ProcessInstance block =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("collect-fee")
            .processInstanceBusinessKey(dossier)
            .singleResult();

    management.executeJob(
        management
            .createJobQuery()
            .processInstanceId(block.getId())
            .timers()
            .singleResult()
            .getId());

    assertThat(outputOf(caller, "outcome")).isEqualTo("NOT_ACCEPTED");
    assertThat(bare.status(dossier)).isEqualTo("NOT_ACCEPTED");
    assertThat(bare.clock(dossier)).isNotEqualTo("RUNNING");
  }

  @Test
  void collectsNoFeeForALaterPartOfAnInterlinkedDossier() {
    feeDecisions.add(fees.deployFeeDecision("interlinked-birth", 8_000));
    String dossier = bare.file("interlinked-birth");
    Map<String, Object> facts = new HashMap<>();
    facts.put("procedureKey", "interlinked-birth");
    facts.put("part", "residence");
    facts.put("residenceCommuneCode", "00004");
    callFrame(dossier, facts);

    assertThat(bare.task(dossier).getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(fees.feeRows(dossier)).isEmpty();
  }

  @Test
  void givesTheReviewAndTheSignatureToTheDescriptorsGroupsWithTheGenericFormsAndApproves() {
    String dossier = bare.file("death-registration");
    ProcessInstance caller = callFrame(dossier, completeDeathDossier());

    Task review = bare.task(dossier);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(review.getName()).startsWith("Xem xét hồ sơ đăng ký khai tử · " + dossier);
    assertThat(review.getCamundaFormRef().getKey()).isEqualTo("review-dossier");
    assertThat(bare.candidateGroups(review)).containsExactly("commune-01100-civil-status");
    assertThat((String) tasks.getVariableLocal(review.getId(), "dossierFacts"))
        .contains("Số định danh của người chết: 001090515663")
        .contains("Đăng ký quá hạn (sau 15 ngày): không");
    assertThat(bare.status(dossier)).isEqualTo("IN_REVIEW");
    assertThat(bare.clock(dossier)).isEqualTo("RUNNING");
    // Death registration is same-day: the review is due when the dossier is.
    assertThat(review.getDueDate()).isEqualTo(bare.dueDate(dossier));

    tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVE"));
    Task signature = bare.task(dossier);
    assertThat(signature.getTaskDefinitionKey()).isEqualTo("Task_SignDossier");
    assertThat(signature.getName()).startsWith("Ký đăng ký khai tử · " + dossier);
    assertThat(signature.getCamundaFormRef().getKey()).isEqualTo("sign-dossier");
    assertThat(bare.candidateGroups(signature)).containsExactly("commune-01100-chair");
    assertThat(bare.status(dossier)).isEqualTo("AWAITING_SIGNATURE");
    assertThat(signature.getDueDate()).isEqualTo(bare.dueDate(dossier));

    tasks.complete(signature.getId(), Map.of("signDecision", "SIGN"));
    assertThat(caller).isWaitingAt("Task_Inspect");
    assertThat(outputOf(caller, "outcome")).isEqualTo("APPROVED");
  }

  @Test
  void givesTheReviewOneWorkingDayBeforeTheDossiersDueDateToTheProvincesGroupOfTheDescriptor() {
    String dossier = bare.file("land-change-registration");
    Map<String, Object> facts = new HashMap<>();
    facts.put("procedureKey", "land-change-registration");
    facts.put("changeType", "TRANSFER");
    facts.put("contractFound", true);
    facts.put("parcelId", "01100-50-0165");
    callFrame(dossier, facts);

    Task review = bare.task(dossier);
    assertThat(review.getName()).startsWith("Xem xét hồ sơ đăng ký biến động đất đai · " + dossier);
    assertThat(bare.candidateGroups(review)).containsExactly("province-01-land-registry");
    assertThat(review.getDueDate()).isBefore(bare.dueDate(dossier));
    assertThat((String) tasks.getVariableLocal(review.getId(), "dossierFacts"))
        .contains("Mã thửa đất: 01100-50-0165");

    tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVE"));
    Task signature = bare.task(dossier);
    assertThat(bare.candidateGroups(signature)).containsExactly("province-01-land-registry");
    assertThat(signature.getDueDate()).isEqualTo(bare.dueDate(dossier));
  }

  @Test
  void sendsAReturnedDossierBackToTheOfficerWithTheSignersReason() {
    String dossier = bare.file("death-registration");
    callFrame(dossier, completeDeathDossier());
    tasks.complete(bare.task(dossier).getId(), Map.of("reviewDecision", "APPROVE"));

    tasks.complete(
        bare.task(dossier).getId(),
        Map.of("signDecision", "RETURN", "returnReason", "Kiểm tra lại"));

    Task review = bare.task(dossier);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(tasks.getVariable(review.getId(), "returnReason")).isEqualTo("Kiểm tra lại");
  }

  @Test
  void refusesTheDossierWithTheOfficersReason() {
    String dossier = bare.file("death-registration");
    ProcessInstance caller = callFrame(dossier, completeDeathDossier());

    tasks.complete(
        bare.task(dossier).getId(),
        Map.of("reviewDecision", "REFUSE", "refusalReason", "Người này còn sống."));

    assertThat(outputOf(caller, "outcome")).isEqualTo("REFUSED");
    assertThat(bare.status(dossier)).isEqualTo("REFUSED");
  }

  @Test
  void waitsForTheMissingDocumentWithTheClockStoppedBeforeAnyReview() {
    String dossier = bare.file("death-registration");
    Map<String, Object> facts = completeDeathDossier();
    facts.put("deathNoticeStatus", "NOT_FOUND");
    facts.remove("deathNoticeNo");
    ProcessInstance caller = callFrame(dossier, facts);

    assertThat(frameOf(caller)).isWaitingAt("CallActivity_AwaitSupplementaryDocuments");
    assertThat(bare.status(dossier)).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(
            jdbc.queryForList(
                "select document_type from dossier_document_decision"
                    + " where dossier_id = ? and required",
                String.class,
                dossier))
        .containsExactly("DEATH_NOTICE");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossier).count()).isZero();

    runtime
        .createMessageCorrelation("DocumentsSupplied")
        .processInstanceBusinessKey(dossier)
        .correlate();

    assertThat(bare.task(dossier).getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(bare.clock(dossier)).isEqualTo("RUNNING");
  }

  @Test
  void asksTheCitizenForTheDocumentTheOfficerRequestsAndReviewsAgainOnceSupplied() {
    String dossier = bare.file("death-registration");
    ProcessInstance caller = callFrame(dossier, completeDeathDossier());
    Task review = bare.task(dossier);
    assertThat(tasks.getVariableLocal(review.getId(), "requestableDocuments"))
        .asList()
        .isNotEmpty();

    tasks.complete(
        review.getId(),
        Map.of(
            "reviewDecision", "REQUEST_DOCUMENTS",
            "requestedDocumentType", "DEATH_NOTICE",
            "requestReason", "Giấy báo tử không khớp"));

    assertThat(frameOf(caller)).isWaitingAt("CallActivity_AwaitSupplementaryDocuments");
    assertThat(bare.clock(dossier)).isEqualTo("PAUSED");
    runtime
        .createMessageCorrelation("DocumentsSupplied")
        .processInstanceBusinessKey(dossier)
        .correlate();
    assertThat(bare.task(dossier).getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
  }

  @Test
  void handlesALaterPartWithoutDocumentsOrSignatureAndRefusesOnlyThatPart() {
    String dossier = bare.file("interlinked-birth");
    Map<String, Object> facts = new HashMap<>();
    facts.put("procedureKey", "interlinked-birth");
    facts.put("part", "residence");
    facts.put("residenceCommuneCode", "00004");
    ProcessInstance caller = callFrame(dossier, facts);

    Task residence = bare.task(dossier);
    assertThat(residence.getName()).startsWith("Đăng ký thường trú cho trẻ · " + dossier);
    assertThat(bare.candidateGroups(residence)).containsExactly("commune-00004-police");
    assertThat(residence.getDueDate())
        .as("a part's only task is due when the part is")
        .isEqualTo(runtime.getVariable(frameOf(caller).getId(), "partDueDate"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier_document_decision where dossier_id = ?",
                Integer.class,
                dossier))
        .isZero();

    tasks.complete(
        residence.getId(),
        Map.of("reviewDecision", "REFUSE", "refusalReason", "Chỗ ở không hợp pháp"));

    assertThat(outputOf(caller, "outcome")).isEqualTo("REFUSED");
    assertThat(bare.status(dossier)).isNotEqualTo("REFUSED");
  }

  @Test
  void escalatesAnOverduePartToTheProvinceSupervisorsWhileTheWorkGoesOn() {
    String dossier = bare.file("interlinked-birth");
    Map<String, Object> facts = new HashMap<>();
    facts.put("procedureKey", "interlinked-birth");
    facts.put("part", "residence");
    facts.put("residenceCommuneCode", "00004");
    ProcessInstance caller = callFrame(dossier, facts);

    Job overdue =
        management
            .createJobQuery()
            .processInstanceId(frameOf(caller).getId())
            .timers()
            .list()
            .stream()
            .filter(j -> "Event_DossierOverdue".equals(activityOf(j)))
            .findFirst()
            .orElseThrow();
    management.executeJob(overdue.getId());

    List<String> open =
        tasks.createTaskQuery().processInstanceBusinessKey(dossier).list().stream()
            .map(Task::getTaskDefinitionKey)
            .toList();
    assertThat(open).containsExactlyInAnyOrder("Task_ReviewDossier", "Task_HandleOverdueDossier");
  }

  private String activityOf(Job job) {
    return management
        .createJobDefinitionQuery()
        .jobDefinitionId(job.getJobDefinitionId())
        .singleResult()
        .getActivityId();
  }

  private static Map<String, Object> completeDeathDossier() {
    Map<String, Object> facts = new HashMap<>();
    facts.put("procedureKey", "death-registration");
    facts.put("deceasedPin", "001090515663");
    facts.put("dateOfDeath", "2026-11-30");
    facts.put("deathNoticeStatus", "MATCHES");
    facts.put("deathNoticeNo", "BT-TEST");
    facts.put("late", false);
    return facts;
  }

  private ProcessInstance callFrame(String dossier, Map<String, Object> variables) {
    String xml =
        """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_FrameCaller"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="frame-caller" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Called" />
            <bpmn:sequenceFlow id="Flow_ToFrame" sourceRef="StartEvent_Called" targetRef="Task_HandleDossier" />
            <bpmn:callActivity id="Task_HandleDossier" calledElement="handle-dossier"
                camunda:calledElementBinding="versionTag" camunda:calledElementVersionTag="3">
              <bpmn:extensionElements>
                <camunda:in businessKey="#{execution.processBusinessKey}" />
                <camunda:in variables="all" />
                <camunda:out source="outcome" target="outcome" />
              </bpmn:extensionElements>
            </bpmn:callActivity>
            <bpmn:sequenceFlow id="Flow_FromFrame" sourceRef="Task_HandleDossier" targetRef="Task_Inspect" />
            <bpmn:userTask id="Task_Inspect" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Inspect" targetRef="EndEvent_Done" />
            <bpmn:endEvent id="EndEvent_Done" />
          </bpmn:process>
        </bpmn:definitions>
        """;
    deployment = repository.createDeployment().addString("frame-caller.bpmn", xml).deploy().getId();
    Map<String, Object> all = new HashMap<>(variables);
    all.put("communeCode", COMMUNE);
    all.put("provinceCode", "01");
    all.put("dossierId", dossier);
    all.put("applicantPin", "001090937233");
    return runtime.startProcessInstanceByKey("frame-caller", dossier, all);
  }

  private Object outputOf(ProcessInstance caller, String variable) {
    return runtime.getVariable(caller.getId(), variable);
  }

  private ProcessInstance frameOf(ProcessInstance caller) {
    return runtime
        .createProcessInstanceQuery()
        .superProcessInstanceId(caller.getId())
        .singleResult();
  }
}
