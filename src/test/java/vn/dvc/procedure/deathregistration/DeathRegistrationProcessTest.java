package vn.dvc.procedure.deathregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierFixtures;

/**
 * Every path of {@code processes/death-registration.bpmn}, on the real engine with the sandbox
 * registries. The job executor is off: the tests run jobs and timers through the engine's API. Each
 * test has its own deceased from sandbox-data/ (the database is shared between test classes). The
 * review, the signature and the wait for a supplement happen in the frame {@code handle-dossier}
 * (and its block {@code await-supplementary-documents}) that the procedure calls under the same
 * business key: the tests find those tasks and instances by the dossier code.
 */
@DvcSpringBootTest
class DeathRegistrationProcessTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationContext context;

  DossierFixtures dossiers;

  @BeforeEach
  void setUp() {
    init(engine);
    dossiers = new DossierFixtures(context);
  }

  @Test
  void registersDeathAtOnceWhenAHealthFacilitySentANoticeAboutTheDeceased() {
    // BT-2026-000001 is about 001133761187; the applicant, a son, quotes no number.
    String dossier = fileDeath("001090937233", "001133761187", "2026-10-18", null, null);
    ProcessInstance instance = dossiers.instanceOf(dossier);

    assertThat(instance).isWaitingAt("CallActivity_HandleDossier");
    assertThat(instance).hasPassed("Task_LookUpDeathNoticeOfPerson");
    assertThat(instance).hasNotPassed("Task_LookUpDeathNoticeByNumber");
    Task review = taskOf(dossier);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(dossiers.candidateGroups(review)).containsExactly("commune-01114-civil-status");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(view.path("requiredDocuments")).isEmpty();
    assertThat(view.path("satisfiedByData").findValuesAsText("reference"))
        .contains("BT-2026-000001", "001090937233");
    assertThat(tasks.getVariable(review.getId(), "factsFound").toString())
        .contains("DEATH_NOTICE: lấy từ health-facilities (BT-2026-000001)");

    complete(review, withVariables("reviewDecision", "APPROVE"));
    Task signature = taskOf(dossier);
    assertThat(signature.getTaskDefinitionKey()).isEqualTo("Task_SignDossier");
    assertThat(dossiers.candidateGroups(signature)).containsExactly("commune-01114-chair");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("AWAITING_SIGNATURE");

    complete(signature, withVariables("signDecision", "SIGN"));
    runWriteBacks(instance);

    assertThat(instance)
        .hasPassed(
            "CallActivity_HandleDossier",
            "Task_RegisterDeath",
            "Task_RecordDeathInPopulation",
            "Task_IssueDeathExtract",
            "Task_DeliverExtractToWallet")
        .isEnded()
        .hasPassed("EndEvent_DeathRegistered");
    JsonNode result = dossiers.view(dossier).path("result");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("COMPLETED");
    Map<String, Object> record =
        jdbc.queryForMap(
            "select * from sandbox_civil_status_death where deceased_pin = ?", "001133761187");
    assertThat(record)
        .containsEntry("COMMUNE_CODE", "01114")
        .containsEntry("DATE_OF_DEATH", Date.valueOf("2026-10-18"))
        .containsEntry("REGISTRATION_NO", result.path("deathRegistrationNo").asText());
    assertThat(result.path("document").asText()).isEqualTo("DEATH_EXTRACT");
    assertThat(result.path("extractNo").asText())
        .isEqualTo("TLKT-01114-" + record.get("REGISTRATION_NO"));
    assertThat(result.path("deceasedPin").asText()).isEqualTo("001133761187");
    assertThat(result.path("deceasedFullName").asText()).isNotBlank();
    assertThat(result.path("dateOfDeath").asText()).isEqualTo("2026-10-18");
    assertThat(result.path("registeredBy").asText()).isNotBlank();
    assertThat(result.path("issuedOn").asText()).isNotBlank();
    assertThat(populationSaysDeceased("001133761187")).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select reference from sandbox_wallet_document where holder_pin = ?"
                    + " and document_type = 'DEATH_EXTRACT'",
                String.class,
                "001090937233"))
        .isEqualTo(result.path("extractNo").asText());
  }

  @Test
  void usesTheQuotedNoticeNumberWhenItMatchesTheDeclaration() {
    String dossier =
        fileDeath("049177865248", "048135388889", "2026-10-28", "BT-2026-000003", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);

    assertThat(instance)
        .hasPassed("Task_LookUpDeathNoticeByNumber")
        .hasNotPassed("Task_LookUpDeathNoticeOfPerson")
        .isWaitingAt("CallActivity_HandleDossier");
    assertThat(taskOf(dossier).getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(runtime.getVariable(instance.getId(), "deathNoticeStatus")).isEqualTo("MATCHES");
    assertThat(dossiers.view(dossier).path("requiredDocuments")).isEmpty();
  }

  @Test
  void asksForTheDeathNoticeWhenTheQuotedNoticeIsAboutSomeoneElse() {
    // BT-2026-000005 is about 049137789467, not about this deceased.
    String dossier = fileDeath("001083784083", "001132898398", daysAgo(2), "BT-2026-000005", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);

    assertThat(awaitingDocuments(dossier)).isWaitingAt("Task_WaitForDocuments");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("DEATH_NOTICE");
    assertThat(view.path("dataIssues").findValuesAsText("kind")).contains("DEATH_NOTICE_MISMATCH");
    assertThat(runtime.getVariable(instance.getId(), "deathNoticeStatus")).isEqualTo("MISMATCH");
  }

  @Test
  void asksForTheDeathNoticeWithoutAnElectronicOneAndResumesWhenSupplied() {
    String dossier = fileDeath("001095413121", "001130621102", daysAgo(3), null, null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    ProcessInstance waiting = awaitingDocuments(dossier);

    assertThat(waiting).isWaitingAt("Task_WaitForDocuments");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(view.path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("DEATH_NOTICE");
    assertThat(runtime.getVariable(instance.getId(), "deathNoticeStatus")).isEqualTo("NONE");

    dossiers.supply(dossier, "DEATH_NOTICE");

    assertThat(waiting).hasPassed("Task_WaitForDocuments").isEnded();
    Task review = taskOf(dossier);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(tasks.getVariable(review.getId(), "factsFound").toString())
        .contains("DEATH_NOTICE: cần nộp")
        .contains("Công dân đã nộp");

    // Without an electronic notice behind it, the death record cites none.
    complete(review, withVariables("reviewDecision", "APPROVE"));
    complete(taskOf(dossier), withVariables("signDecision", "SIGN"));
    runWriteBacks(instance);
    assertThat(instance).isEnded().hasPassed("EndEvent_DeathRegistered");
    assertThat(deathRecordsOf("001130621102")).isEqualTo(1);
  }

  @Test
  void endsNotAcceptedWhenTheNoticeIsNeverSupplied() {
    String dossier = fileDeath("001061989394", "001133042499", daysAgo(4), null, null);
    ProcessInstance instance = dossiers.instanceOf(dossier);

    execute(job("Event_SupplementDeadlinePassed", awaitingDocuments(dossier)));

    assertThat(instance)
        .isEnded()
        .hasPassed("EndEvent_NotRegistered")
        .hasNotPassed("Task_RegisterDeath");
    assertThat(frameActivities(dossier)).contains("EndEvent_NotAccepted");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("NOT_ACCEPTED");
    assertThat(deathRecordsOf("001133042499")).isZero();
  }

  @Test
  void flagsRegistrationMoreThanFifteenDaysAfterDeathAsLate() {
    String late = fileDeath("001052857437", "001138419898", daysAgo(16), null, null);
    String onTime = fileDeath("001063005648", "001141597605", daysAgo(15), null, null);

    assertThat(runtime.getVariable(dossiers.instanceOf(late).getId(), "late")).isEqualTo(true);
    assertThat(runtime.getVariable(dossiers.instanceOf(onTime).getId(), "late")).isEqualTo(false);
  }

  @Test
  void refusesADeathAlreadyRegisteredAndRecordedInBothRegistries() {
    // 049139187402: death 1/2025/KT of 26 August 2025 in civil status, deceased in population.
    String dossier = fileDeath("048051148220", "049139187402", "2025-08-26", null, null);

    // Refused while filing: nothing waits, so the instance has already ended.
    assertThat(dossiers.passedActivities(dossier))
        .contains("Task_LookUpDeathInCivilStatus", "EndEvent_AlreadyRegistered")
        .doesNotContain("Task_CorrectPopulation", "CallActivity_HandleDossier");
    // Never handled: no documents decided, no review.
    assertThat(frameActivities(dossier)).isEmpty();
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText())
        .contains("1/2025/KT")
        .contains("2025-08-26")
        .contains("registered only once");
    assertThat(deathRecordsOf("049139187402")).isEqualTo(1);
  }

  @Test
  void correctsPopulationButRegistersNoSecondDeathWhenOnlyCivilStatusHasIt() {
    // DEATH_NOT_SYNCED: 2/2025/KT of 28 October 2025 in civil status; population says alive.
    String dossier = fileDeath("049066133769", "048131809521", daysAgo(1), null, null);
    ProcessInstance instance = dossiers.instanceOf(dossier);

    assertThat(instance).isWaitingAt("Task_CorrectPopulation");
    assertThat(dossiers.view(dossier).path("dataIssues").findValuesAsText("kind"))
        .contains("DEATH_NOT_SYNCED");
    assertThat(populationSaysDeceased("048131809521")).isFalse();

    execute(job("Task_CorrectPopulation", instance));

    assertThat(instance)
        .isEnded()
        .hasPassed("EndEvent_AlreadyRegistered")
        .hasNotPassed("CallActivity_HandleDossier");
    assertThat(populationSaysDeceased("048131809521")).isTrue();
    // Civil status is the authority: population takes its date, not the declared one.
    assertThat(
            jdbc.queryForObject(
                "select date_of_death from sandbox_population_citizen where pin = ?",
                Date.class,
                "048131809521"))
        .isEqualTo(Date.valueOf("2025-10-28"));
    assertThat(deathRecordsOf("048131809521")).isEqualTo(1);
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText()).contains("2/2025/KT");
  }

  @Test
  void endsRefusedWithTheOfficersReason() {
    String dossier = fileDeath("040063805754", "040135850699", "2026-10-04", null, null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    assertThat(taskOf(dossier).getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");

    complete(
        taskOf(dossier),
        withVariables("reviewDecision", "REFUSE", "refusalReason", "The family withdrew it."));

    assertThat(instance)
        .isEnded()
        .hasPassed("EndEvent_NotRegistered")
        .hasNotPassed("Task_RegisterDeath");
    assertThat(frameActivities(dossier))
        .contains("EndEvent_Refused")
        .doesNotContain("Task_SignDossier");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText()).isEqualTo("The family withdrew it.");
    assertThat(deathRecordsOf("040135850699")).isZero();
    assertThat(populationSaysDeceased("040135850699")).isFalse();
  }

  @Test
  void returnsToTheOfficerWhenTheChairDoesNotSign() {
    String dossier = fileDeath("049068720215", "049137789467", "2026-10-26", null, null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    complete(taskOf(dossier), withVariables("reviewDecision", "APPROVE"));
    assertThat(taskOf(dossier).getTaskDefinitionKey()).isEqualTo("Task_SignDossier");

    complete(
        taskOf(dossier),
        withVariables("signDecision", "RETURN", "returnReason", "Check the date of death."));

    assertThat(instance).isWaitingAt("CallActivity_HandleDossier");
    assertThat(taskOf(dossier).getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
  }

  /**
   * A crash after the registry committed but before the engine did: the job runs, the registry
   * write commits in its own transaction, and the engine's transaction is rolled back. Running the
   * job again must find the first write, not make a second record or a second wallet copy.
   */
  @Test
  void neverWritesTwiceWhenAWriteBackJobIsRetriedAfterACrash() {
    String dossier =
        fileDeath("040052041390", "040136907667", "2026-10-20", "BT-2026-000006", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    complete(taskOf(dossier), withVariables("reviewDecision", "APPROVE"));
    complete(taskOf(dossier), withVariables("signDecision", "SIGN"));

    crashAfterRunning(job("Task_RegisterDeath", instance));
    assertThat(deathRecordsOf("040136907667")).isEqualTo(1);
    assertThat(instance).isWaitingAt("Task_RegisterDeath");
    execute(job("Task_RegisterDeath", instance));

    crashAfterRunning(job("Task_RecordDeathInPopulation", instance));
    execute(job("Task_RecordDeathInPopulation", instance));
    execute(job("Task_IssueDeathExtract", instance));

    crashAfterRunning(job("Task_DeliverExtractToWallet", instance));
    assertThat(walletCopies("040052041390")).isEqualTo(1);
    execute(job("Task_DeliverExtractToWallet", instance));

    assertThat(instance).isEnded();
    assertThat(deathRecordsOf("040136907667")).isEqualTo(1);
    assertThat(walletCopies("040052041390")).isEqualTo(1);
    assertThat(populationSaysDeceased("040136907667")).isTrue();
  }

  /** The dossier's one open task, in the frame's instance (same business key). */
  private Task taskOf(String dossier) {
    return tasks.createTaskQuery().processInstanceBusinessKey(dossier).singleResult();
  }

  /** The instance of the block the frame calls to wait for the citizen's supplement. */
  private ProcessInstance awaitingDocuments(String dossier) {
    ProcessInstance waiting =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("await-supplementary-documents")
            .processInstanceBusinessKey(dossier)
            .singleResult();
    assertThat(waiting).as("wait for documents of %s", dossier).isNotNull();
    return waiting;
  }

  /** The activities the frame went through for the dossier; empty when it was never called. */
  private List<String> frameActivities(String dossier) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey("handle-dossier")
        .processInstanceBusinessKey(dossier)
        .list()
        .stream()
        .flatMap(
            frame ->
                history
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(frame.getId())
                    .list()
                    .stream())
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  private void crashAfterRunning(Job job) {
    transaction.executeWithoutResult(
        status -> {
          management.executeJob(job.getId());
          status.setRollbackOnly();
        });
  }

  private void runWriteBacks(ProcessInstance instance) {
    execute(job("Task_RegisterDeath", instance));
    execute(job("Task_RecordDeathInPopulation", instance));
    execute(job("Task_IssueDeathExtract", instance));
    execute(job("Task_DeliverExtractToWallet", instance));
  }

  private String fileDeath(
      String applicantPin,
      String deceasedPin,
      String dateOfDeath,
      String deathNoticeNo,
      String communeCode) {
    ObjectNode data =
        dossiers.object().put("deceasedPin", deceasedPin).put("dateOfDeath", dateOfDeath);
    if (deathNoticeNo != null) {
      data.put("deathNoticeNo", deathNoticeNo);
    }
    if (communeCode != null) {
      data.put("communeCode", communeCode);
    }
    return dossiers.file("death-registration", applicantPin, data);
  }

  private int deathRecordsOf(String deceasedPin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_civil_status_death where deceased_pin = ?",
        Integer.class,
        deceasedPin);
  }

  private boolean populationSaysDeceased(String pin) {
    return jdbc.queryForObject(
        "select deceased from sandbox_population_citizen where pin = ?", Boolean.class, pin);
  }

  private int walletCopies(String holderPin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_wallet_document where holder_pin = ?"
            + " and document_type = 'DEATH_EXTRACT'",
        Integer.class,
        holderPin);
  }

  private static String daysAgo(int days) {
    return LocalDate.now(VIETNAM).minusDays(days).toString();
  }
}
