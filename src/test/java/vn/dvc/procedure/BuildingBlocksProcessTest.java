package vn.dvc.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The shared building blocks in {@code processes/} that the frame and the procedures call (the
 * frame itself: {@code HandleDossierProcessTest}), each on its own, called the way a procedure
 * calls it: a caller deployed by the test passes the business key and its variables in and maps the
 * block's documented outputs back. The dossier behind each call is a bare row in the dossier table,
 * so no procedure (and no sandbox person) is involved.
 */
@DvcSpringBootTest
class BuildingBlocksProcessTest {

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

  private String deployment;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @AfterEach
  void undeployCaller() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void waitsForTheCitizenWithTheClockPausedAndReturnsWhenTheDocumentsAreSupplied() {
    String dossier = bare.file("land-change-registration");
    ProcessInstance caller =
        call(
            "await-supplementary-documents", true, List.of("documentsSupplied"), dossier, Map.of());

    ProcessInstance block = blockOf(caller);
    assertThat(block).isWaitingAt("Task_WaitForDocuments");
    assertThat(bare.status(dossier)).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(bare.clock(dossier)).isEqualTo("PAUSED");

    // As the Dossier API does once the last requested document is in.
    runtime
        .createMessageCorrelation("DocumentsSupplied")
        .processInstanceBusinessKey(dossier)
        .correlate();

    assertThat(caller).isWaitingAt("Task_Inspect");
    assertThat(outputOf(caller, "documentsSupplied")).isEqualTo(true);
  }

  @Test
  void endsTheDossierNotAcceptedWhenTheCitizenDoesNotSupplyInFifteenDays() {
    String dossier = bare.file("land-change-registration");
    ProcessInstance caller =
        call(
            "await-supplementary-documents", true, List.of("documentsSupplied"), dossier, Map.of());
    ProcessInstance block = blockOf(caller);

    Job deadline =
        management.createJobQuery().processInstanceId(block.getId()).timers().singleResult();
    assertThat(deadline.getDuedate())
        .isCloseTo(Date.from(Instant.now().plus(15, ChronoUnit.DAYS)), 60_000);
    management.executeJob(deadline.getId());

    assertThat(caller).isWaitingAt("Task_Inspect");
    assertThat(outputOf(caller, "documentsSupplied")).isEqualTo(false);
    assertThat(bare.status(dossier)).isEqualTo("NOT_ACCEPTED");
  }

  @Test
  void escalatesAVerificationStillOpenAfterFiveWorkingDaysAndLetsTheSupervisorReassignIt() {
    String dossier = bare.file("land-change-registration");
    ProcessInstance caller =
        call(
            "verify-registry-data",
            false,
            List.of("verificationOutcome", "verificationNote"),
            dossier,
            Map.of(
                "verificationTaskName", "Verify the parties' marital status",
                "verificationForm", "verify-marriage-registration",
                "verifierGroup", "commune-" + COMMUNE + "-civil-status"));

    Task verification = bare.task(dossier);
    assertThat(verification.getTaskDefinitionKey()).isEqualTo("Task_VerifyRegistryData");
    assertThat(verification.getCamundaFormRef().getKey()).isEqualTo("verify-marriage-registration");
    assertThat(bare.candidateGroups(verification)).containsExactly("commune-01100-civil-status");
    Job overdue =
        management
            .createJobQuery()
            .processInstanceId(blockOf(caller).getId())
            .timers()
            .singleResult();
    // Five working days: never sooner than a week minus the weekend's two days.
    assertThat(overdue.getDuedate()).isAfter(Date.from(Instant.now().plus(5, ChronoUnit.DAYS)));
    assertThat(verification.getDueDate()).isEqualTo(overdue.getDuedate());

    management.executeJob(overdue.getId());
    Task handling =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey("Task_HandleOverdueVerification")
            .singleResult();
    assertThat(bare.candidateGroups(handling)).containsExactly("province-01-supervisors");
    tasks.complete(
        handling.getId(),
        Map.of(
            "overdueAction",
            "REASSIGN",
            "reassignTo",
            "officer.badinh",
            "overdueJustification",
            "Sick leave"));
    assertThat(tasks.createTaskQuery().taskId(verification.getId()).singleResult().getAssignee())
        .isEqualTo("officer.badinh");

    tasks.complete(
        verification.getId(),
        Map.of("verificationOutcome", "CONFIRMED", "verificationNote", "Paper register checked."));
    assertThat(caller).isWaitingAt("Task_Inspect");
    assertThat(outputOf(caller, "verificationOutcome")).isEqualTo("CONFIRMED");
    assertThat(outputOf(caller, "verificationNote")).isEqualTo("Paper register checked.");
  }

  @Test
  void deliversTheResultToTheHoldersWalletOnceEvenWhenTheJobRunsAgain() {
    String dossier = bare.file("land-change-registration");
    String holder = "001090937233";
    ProcessInstance caller =
        call(
            "deliver-result",
            false,
            List.of("walletDocumentId"),
            dossier,
            Map.of(
                "holderPin",
                holder,
                "documentType",
                "BLOCK_TEST_EXTRACT",
                "title",
                "Trích lục thử",
                "reference",
                "TL-" + dossier));
    Job delivery =
        management.createJobQuery().processInstanceId(blockOf(caller).getId()).singleResult();
    assertThat(delivery).as("the delivery is asynchronous, so it is retried").isNotNull();

    management.executeJob(delivery.getId());

    assertThat(caller).isWaitingAt("Task_Inspect");
    assertThat(outputOf(caller, "walletDocumentId")).isNotNull();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_wallet_document where holder_pin = ?"
                    + " and reference = ?",
                Integer.class,
                holder,
                "TL-" + dossier))
        .isEqualTo(1);
  }

  @Test
  void notifiesTheApplicantInVneidOfEachStatusChangeOnce() {
    String dossier = bare.file("land-change-registration");
    call("await-supplementary-documents", true, List.of("documentsSupplied"), dossier, Map.of());

    ProcessInstance notification =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("notify-citizen")
            .processInstanceBusinessKeyLike(dossier + ":%")
            .singleResult();
    assertThat(notification.getBusinessKey()).startsWith(dossier + ":WAITING_FOR_DOCUMENTS:");
    assertThat(notification).isWaitingAt("Task_NotifyCitizen");
    management.executeJob(
        management.createJobQuery().processInstanceId(notification.getId()).singleResult().getId());

    assertThat(notification).isEnded();
    assertThat(
            jdbc.queryForList(
                "select message from sandbox_wallet_notification where dossier_id = ?"
                    + " and recipient_pin = '001090937233' and status = 'WAITING_FOR_DOCUMENTS'",
                String.class,
                dossier))
        .containsExactly(
            "Hồ sơ " + dossier + " cần bổ sung giấy tờ; danh sách có trên Cổng Dịch vụ công.");
    assertThat(
            jdbc.queryForList(
                "select operation from registry_access_log where dossier_id = ?"
                    + " and registry = 'vneid-wallet'",
                String.class,
                dossier))
        .as("the audit names the dossier, not the notification's business key")
        .containsExactly("notify");
    assertThat(
            jdbc.queryForObject(
                "select procedure_key from registry_access_log where dossier_id = ?"
                    + " and registry = 'vneid-wallet'",
                String.class,
                dossier))
        .as("and the dossier's procedure, not the building block")
        .isEqualTo("land-change-registration");
  }

  /**
   * Deploys a caller of {@code block} and starts it for the dossier; with {@code clockRunning} the
   * caller starts the dossier's deadline clock first, as a procedure does before its processing.
   */
  private ProcessInstance call(
      String block,
      boolean clockRunning,
      List<String> outputs,
      String dossier,
      Map<String, Object> variables) {
    String outs =
        String.join(
            "",
            outputs.stream()
                .map(o -> "<camunda:out source=\"" + o + "\" target=\"" + o + "\" />")
                .toList());
    String startListener =
        clockRunning
            ? "<bpmn:extensionElements><camunda:executionListener"
                + " expression=\"${dossierClock.startHandling(execution)}\" event=\"end\" />"
                + "</bpmn:extensionElements>"
            : "";
    String xml =
        """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Caller"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="block-caller" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Called">%s</bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_ToBlock" sourceRef="StartEvent_Called" targetRef="Task_CallBlock" />
            <bpmn:callActivity id="Task_CallBlock" calledElement="%s" camunda:calledElementBinding="latest">
              <bpmn:extensionElements>
                <camunda:in businessKey="#{execution.processBusinessKey}" />
                <camunda:in variables="all" />
                %s
              </bpmn:extensionElements>
            </bpmn:callActivity>
            <bpmn:sequenceFlow id="Flow_FromBlock" sourceRef="Task_CallBlock" targetRef="Task_Inspect" />
            <bpmn:userTask id="Task_Inspect" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Inspect" targetRef="EndEvent_Done" />
            <bpmn:endEvent id="EndEvent_Done" />
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(startListener, block, outs);
    deployment = repository.createDeployment().addString("block-caller.bpmn", xml).deploy().getId();
    Map<String, Object> all = new HashMap<>(variables);
    all.put("communeCode", COMMUNE);
    all.put("dossierId", dossier);
    return runtime.startProcessInstanceByKey("block-caller", dossier, all);
  }

  /** The caller waits in Task_Inspect once the block has returned, so its outputs can be read. */
  private Object outputOf(ProcessInstance caller, String variable) {
    return runtime.getVariable(caller.getId(), variable);
  }

  private ProcessInstance blockOf(ProcessInstance caller) {
    return runtime
        .createProcessInstanceQuery()
        .superProcessInstanceId(caller.getId())
        .singleResult();
  }
}
