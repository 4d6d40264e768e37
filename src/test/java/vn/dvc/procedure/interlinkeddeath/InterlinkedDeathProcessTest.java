package vn.dvc.procedure.interlinkeddeath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.calendar.WorkingCalendar;
import vn.dvc.dossier.DossierFixtures;
import vn.dvc.procedure.DossierJobs;

/**
 * Every path of {@code processes/interlinked-death.bpmn} on the real engine with the sandbox
 * registries and the building blocks. The job executor is off: the tests run jobs and timers
 * through the engine's API. Each test has its own deceased and applicant from sandbox-data/ (the
 * database is shared between test classes); the deceased with an electronic death notice were never
 * insured, so their allowance is refused unless the test makes them pensioners.
 */
@DvcSpringBootTest
class InterlinkedDeathProcessTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String PROCESS = "interlinked-death";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationContext context;
  @Autowired WorkingCalendar calendar;

  DossierFixtures dossiers;

  @BeforeEach
  void setUp() {
    init(engine);
    dossiers = new DossierFixtures(context);
  }

  /**
   * 079194285333 has exactly 12 months of contributions in the sandbox data and no electronic death
   * notice: the notice is asked, then every part is done and the allowance is 10 × 2,340,000 VND.
   */
  @Test
  void grantsTheAllowanceForTwelveMonthsOfContributionsAfterTheNoticeIsSupplied() {
    String dossier = file("020094019452", "079194285333", daysAgo(3), null);

    assertThat(dossiers.instanceOf(dossier)).isActive();
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(view.path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("DEATH_NOTICE");

    dossiers.supply(dossier, "DEATH_NOTICE");
    Task review = openTask(dossier);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(partOf(review)).isEqualTo("death");
    assertThat(dossiers.candidateGroups(review)).containsExactly("commune-20254-civil-status");
    assertThat(formOf(review)).isEqualTo("review-dossier");
    assertThat((String) tasks.getVariableLocal(review.getId(), "dossierFacts"))
        .contains("Số định danh của người chết: 079194285333")
        .contains("Giấy báo tử điện tử: NONE")
        .contains("Đăng ký quá hạn (sau 15 ngày): không");

    registerDeath(dossier);
    Task police = openTask(dossier);
    assertThat(police.getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(partOf(police)).isEqualTo("residence");
    assertThat(dossiers.candidateGroups(police)).containsExactly("commune-20254-police");
    assertThat(formOf(police)).isEqualTo("remove-residence-interlinked-death");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(police.getDueDate()).isEqualTo(taskDueDateOfPart(police, 2));

    completePart(dossier, "residence", Map.of("reviewDecision", "APPROVE"));
    Task socialSecurity = openTask(dossier);
    assertThat(socialSecurity.getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(partOf(socialSecurity)).isEqualTo("funeral-allowance");
    assertThat(dossiers.candidateGroups(socialSecurity))
        .containsExactly("province-20-social-security");
    assertThat(formOf(socialSecurity)).isEqualTo("grant-funeral-allowance-interlinked-death");
    assertThat(socialSecurity.getDueDate()).isEqualTo(taskDueDateOfPart(socialSecurity, 2));
    assertThat(runtime.getVariables(dossiers.instanceOf(dossier).getId()))
        .containsEntry("contributionMonths", 12)
        .containsEntry("pensioner", false)
        .containsEntry("funeralAllowanceEligible", true)
        .containsEntry("baseSalaryVnd", 2_340_000L)
        .containsEntry("funeralAllowanceVnd", 23_400_000L)
        .doesNotContainKey("funeralAllowanceFinding");

    completePart(dossier, "funeral-allowance", Map.of("reviewDecision", "APPROVE"));

    assertThat(dossiers.passedActivities(dossier)).contains("EndEvent_Completed");
    view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
    JsonNode parts = view.path("result").path("parts");
    assertThat(parts.findValuesAsText("document"))
        .containsExactly(
            "DEATH_EXTRACT", "PERMANENT_RESIDENCE_REMOVAL", "FUNERAL_ALLOWANCE_DECISION");
    assertThat(parts.findValuesAsText("outcome")).containsOnly("ISSUED");
    JsonNode extract = parts.get(0);
    String registrationNo = extract.path("deathRegistrationNo").asText();
    assertThat(registrationNo).isNotEmpty();
    assertThat(extract.path("extractNo").asText()).isEqualTo("TLKT-20254-" + registrationNo);
    assertThat(extract.path("deceasedPin").asText()).isEqualTo("079194285333");
    assertThat(extract.path("deceasedFullName").asText()).isNotEmpty();
    assertThat(extract.path("dateOfDeath").asText()).isEqualTo(daysAgo(3));
    assertThat(extract.path("registeredBy").asText()).isNotEmpty();
    JsonNode allowance = parts.get(2);
    assertThat(allowance.path("amountVnd").asLong()).isEqualTo(23_400_000L);
    assertThat(allowance.path("beneficiaryPin").asText()).isEqualTo("020094019452");
    assertThat(allowance.path("decisionNo").asText())
        .isEqualTo(
            jdbc.queryForObject(
                "select decision_no from sandbox_funeral_allowance where deceased_pin = ?",
                String.class,
                "079194285333"));
    assertThat(deathRecordsOf("079194285333")).isEqualTo(1);
    assertThat(populationSaysDeceased("079194285333")).isTrue();
    assertThat(residenceCommuneOf("079194285333")).isNull();
    assertOnlyIdentifiersAndFactsInVariables(dossier);
  }

  /** BT-2026-000008 is about 048041264695, whom social insurance never knew. */
  @Test
  void refusesOnlyTheAllowanceWhenTheDeceasedWasNeverInsuredAndCompletesTheRest() {
    String dossier = file("049054126216", "048041264695", "2026-10-11", "BT-2026-000008");
    assertThat(dossiers.view(dossier).path("requiredDocuments")).isEmpty();

    registerDeath(dossier);
    completePart(dossier, "residence", Map.of("reviewDecision", "APPROVE"));

    assertThat(dossiers.passedActivities(dossier))
        .contains("EndEvent_Completed", "Task_AddFuneralAllowancePart")
        .doesNotContain(
            "CallActivity_HandleFuneralAllowancePart",
            "Task_ComputeFuneralAllowance",
            "Task_GrantFuneralAllowance");
    assertThat(partsHandled(dossier)).containsExactly("death", "residence");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
    JsonNode parts = view.path("result").path("parts");
    assertThat(parts.findValuesAsText("outcome")).containsExactly("ISSUED", "ISSUED", "REFUSED");
    assertThat(parts.get(2).path("document").asText()).isEqualTo("FUNERAL_ALLOWANCE_DECISION");
    assertThat(parts.get(2).path("reason").asText())
        .contains("at least 12 months")
        .contains("Months of contributions on record: 0.");
    assertThat(allowancesFor("048041264695")).isZero();
    assertThat(deathRecordsOf("048041264695")).isEqualTo(1);
    assertThat(residenceCommuneOf("048041264695")).isNull();
  }

  @Test
  void refusesADeathAlreadyRegisteredInBothRegistriesWithNoOtherPart() {
    // 046040390853: death 1/2026/KT of 28 April 2026 in civil status, deceased in population.
    String dossier = file("022175516863", "046040390853", "2026-04-28", null);

    assertThat(dossiers.passedActivities(dossier))
        .contains("EndEvent_AlreadyRegistered")
        .doesNotContain("Task_CorrectPopulation", "Task_DecideRequiredDocuments");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText())
        .contains("1/2026/KT")
        .contains("registered only once")
        .contains("funeral allowance");
    assertThat(deathRecordsOf("046040390853")).isEqualTo(1);
  }

  /**
   * DEATH_NOT_SYNCED (040047964989): civil status registered the death as 1/2024/KT, population
   * still shows the person alive. Population is corrected; no second death, no allowance.
   */
  @Test
  void correctsPopulationButGrantsNothingWhenOnlyCivilStatusHasTheDeath() {
    String dossier = file("040052976051", "040047964989", daysAgo(1), null);

    assertThat(dossiers.view(dossier).path("dataIssues").findValuesAsText("kind"))
        .contains("DEATH_NOT_SYNCED");
    new DossierJobs(runtime, management).run(dossier);

    assertThat(dossiers.passedActivities(dossier))
        .contains("Task_CorrectPopulation", "EndEvent_AlreadyRegistered")
        .doesNotContain("Task_LookUpSocialInsuranceHistory");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("REFUSED");
    assertThat(populationSaysDeceased("040047964989")).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select date_of_death from sandbox_population_citizen where pin = ?",
                Date.class,
                "040047964989"))
        .isEqualTo(Date.valueOf("2024-08-16"));
    assertThat(deathRecordsOf("040047964989")).isEqualTo(1);
    assertThat(allowancesFor("040047964989")).isZero();
  }

  @Test
  void refusalOfTheDeathRegistrationRefusesTheWholeDossier() {
    String dossier = file("036183056673", "040143699465", "2026-10-28", "BT-2026-000010");

    completePart(
        dossier,
        "death",
        Map.of("reviewDecision", "REFUSE", "refusalReason", "The family withdrew the dossier."));

    assertThat(dossiers.passedActivities(dossier))
        .contains("EndEvent_Refused")
        .doesNotContain("Task_RegisterDeath", "CallActivity_HandleResidencePart");
    assertThat(activitiesOfEveryInstance(dossier)).doesNotContain("Task_SignDossier");
    assertThat(partsHandled(dossier)).containsExactly("death");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText())
        .isEqualTo("The family withdrew the dossier.");
    assertThat(deathRecordsOf("040143699465")).isZero();
  }

  @Test
  void policeRefusalRefusesTheResidencePartOnlyAndTheAllowancePartStillRuns() {
    String dossier = file("038191191195", "040040561261", "2026-10-28", "BT-2026-000011");
    registerDeath(dossier);

    completePart(
        dossier,
        "residence",
        Map.of(
            "reviewDecision",
            "REFUSE",
            "refusalReason",
            "The deceased's residence is registered in another commune."));

    assertThat(dossiers.passedActivities(dossier))
        .contains("Task_LookUpSocialInsuranceHistory", "EndEvent_Completed")
        .doesNotContain("Task_RemovePermanentResidence");
    JsonNode parts = dossiers.view(dossier).path("result").path("parts");
    assertThat(parts.get(1).path("document").asText()).isEqualTo("PERMANENT_RESIDENCE_REMOVAL");
    assertThat(parts.get(1).path("outcome").asText()).isEqualTo("REFUSED");
    assertThat(parts.get(1).path("reason").asText()).contains("another commune");
    assertThat(residenceCommuneOf("040040561261")).isEqualTo("40149");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void socialSecurityRefusalRefusesTheAllowancePartOnly() {
    makePensioner("046144107433");
    String dossier = file("046055929103", "046144107433", "2026-10-04", "BT-2026-000013");
    registerDeath(dossier);
    completePart(dossier, "residence", Map.of("reviewDecision", "APPROVE"));

    completePart(
        dossier,
        "funeral-allowance",
        Map.of(
            "reviewDecision",
            "REFUSE",
            "refusalReason",
            "The allowance was paid by the deceased's employer."));

    assertThat(dossiers.passedActivities(dossier))
        .contains("EndEvent_Completed")
        .doesNotContain("Task_GrantFuneralAllowance");
    JsonNode parts = dossiers.view(dossier).path("result").path("parts");
    assertThat(parts.findValuesAsText("outcome")).containsExactly("ISSUED", "ISSUED", "REFUSED");
    assertThat(parts.get(2).path("reason").asText())
        .isEqualTo("The allowance was paid by the deceased's employer.");
    assertThat(allowancesFor("046144107433")).isZero();
  }

  /**
   * A crash after the registry committed but before the engine did: the job runs, the registry
   * write commits in its own transaction and the engine's is rolled back. Running the job again
   * finds the first grant, not a second one.
   */
  @Test
  void grantsOnceWhenTheGrantJobIsRetriedAfterACrash() {
    makePensioner("077039554822");
    String dossier = file("074096882793", "077039554822", "2026-10-15", "BT-2026-000009");
    registerDeath(dossier);
    completePart(dossier, "residence", Map.of("reviewDecision", "APPROVE"));
    tasks.complete(openTask(dossier).getId(), Map.of("reviewDecision", "APPROVE"));

    Job grant = jobAt(dossier, "Task_GrantFuneralAllowance");
    crashAfterRunning(grant);
    assertThat(allowancesFor("077039554822")).isEqualTo(1);
    management.executeJob(jobAt(dossier, "Task_GrantFuneralAllowance").getId());
    new DossierJobs(runtime, management).run(dossier);

    assertThat(dossiers.passedActivities(dossier)).contains("EndEvent_Completed");
    assertThat(allowancesFor("077039554822")).isEqualTo(1);
    JsonNode parts = dossiers.view(dossier).path("result").path("parts");
    assertThat(parts).hasSize(3);
    assertThat(parts.get(2).path("decisionNo").asText())
        .isEqualTo(
            jdbc.queryForObject(
                "select decision_no from sandbox_funeral_allowance where deceased_pin = ?",
                String.class,
                "077039554822"));
  }

  @Test
  void escalatesEachLatePartToTheProvinceSupervisorsWhileTheWorkGoesOn() {
    makePensioner("049135948391");
    String dossier = file("048085950415", "049135948391", "2026-10-02", "BT-2026-000014");
    String supervisors = "province-48-supervisors";

    // The death part: due the same working day (its share of 0 days), in the frame's instance.
    assertThat(frameJobAt(dossier, "Event_DossierOverdue").getDuedate())
        .isEqualTo(java.util.Date.from(dueInWorkingDays(openTask(dossier).getCreateTime(), 0)));
    fireAndHandle(dossier, "Event_DossierOverdue", "Task_HandleOverdueDossier", supervisors);
    assertThat(openTask(dossier).getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(partOf(openTask(dossier))).isEqualTo("death");

    registerDeath(dossier);
    // The part's own share: two working days from when the police got it.
    assertThat(frameJobAt(dossier, "Event_DossierOverdue").getDuedate())
        .isEqualTo(java.util.Date.from(dueInWorkingDays(openTask(dossier).getCreateTime(), 2)));
    fireAndHandle(dossier, "Event_DossierOverdue", "Task_HandleOverdueDossier", supervisors);
    assertThat(partOf(openTask(dossier))).isEqualTo("residence");

    completePart(dossier, "residence", Map.of("reviewDecision", "APPROVE"));
    fireAndHandle(dossier, "Event_DossierOverdue", "Task_HandleOverdueDossier", supervisors);
    assertThat(partOf(openTask(dossier))).isEqualTo("funeral-allowance");
    completePart(dossier, "funeral-allowance", Map.of("reviewDecision", "APPROVE"));

    assertThat(dossiers.passedActivities(dossier)).contains("EndEvent_Completed");
    assertThat(dossiers.view(dossier).path("timeline").findValuesAsText("event"))
        .filteredOn("OVERDUE_JUSTIFIED"::equals)
        .hasSize(3);
  }

  /** The part's timer fires; the supervisors' task appears; they record a justification. */
  private void fireAndHandle(String dossier, String timer, String supervisorTask, String group) {
    Job job = frameJobAt(dossier, timer);
    management.executeJob(job.getId());
    Task handle =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey(supervisorTask)
            .singleResult();
    assertThat(dossiers.candidateGroups(handle)).containsExactly(group);
    tasks.complete(
        handle.getId(),
        Map.of("overdueAction", "JUSTIFY", "overdueJustification", "Late: " + timer));
  }

  /** Through review and signature to the death part's write-backs, up to the police's task. */
  private void registerDeath(String dossier) {
    complete(dossier, "Task_ReviewDossier", Map.of("reviewDecision", "APPROVE"));
    complete(dossier, "Task_SignDossier", Map.of("signDecision", "SIGN"));
  }

  private void complete(String dossier, String taskKey, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as("open task %s of %s", taskKey, dossier).isNotNull();
    tasks.complete(task.getId(), new HashMap<>(variables));
    new DossierJobs(runtime, management).run(dossier);
  }

  /** Completes the frame's review task of one part of the dossier. */
  private void completePart(String dossier, String part, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey("Task_ReviewDossier")
            .singleResult();
    assertThat(task).as("open review of part %s of %s", part, dossier).isNotNull();
    assertThat(partOf(task)).isEqualTo(part);
    tasks.complete(task.getId(), new HashMap<>(variables));
    new DossierJobs(runtime, management).run(dossier);
  }

  /** The part of the interlinked dossier whose frame instance holds the task. */
  private String partOf(Task task) {
    return (String) tasks.getVariable(task.getId(), "part");
  }

  /**
   * The frame's review task of a part with no signature is due one working day before the part's
   * own due date (its share of the limit, from when the part entered processing), never before the
   * task was created.
   */
  /** A part's only task, with no signature after it, is due when the part is. */
  private java.util.Date taskDueDateOfPart(Task task, int share) {
    return java.util.Date.from(dueInWorkingDays(task.getCreateTime(), share));
  }

  /** The parts the frame handled for the dossier, in order (one frame instance per part). */
  private List<String> partsHandled(String dossier) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey("handle-dossier")
        .processInstanceBusinessKey(dossier)
        .orderByProcessInstanceStartTime()
        .asc()
        .list()
        .stream()
        .map(
            instance ->
                (String)
                    history
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getId())
                        .variableName("part")
                        .singleResult()
                        .getValue())
        .toList();
  }

  /** The activities of the dossier's process and of every process it called. */
  private List<String> activitiesOfEveryInstance(String dossier) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(dossier)
        .list()
        .stream()
        .flatMap(
            instance ->
                history
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId())
                    .list()
                    .stream())
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  /** The one job at this activity in the dossier's running frame instance. */
  private Job frameJobAt(String dossier, String activity) {
    Job job =
        management
            .createJobQuery()
            .processInstanceId(
                runtime
                    .createProcessInstanceQuery()
                    .processDefinitionKey("handle-dossier")
                    .processInstanceBusinessKey(dossier)
                    .singleResult()
                    .getId())
            .activityId(activity)
            .singleResult();
    assertThat(job).as(activity).isNotNull();
    return job;
  }

  /** The one open task of the dossier that is not a supervisor's. */
  private Task openTask(String dossier) {
    List<Task> open =
        tasks.createTaskQuery().processInstanceBusinessKey(dossier).list().stream()
            .filter(t -> !t.getTaskDefinitionKey().startsWith("Task_HandleOverdue"))
            .toList();
    assertThat(open).as("open tasks of %s", dossier).hasSize(1);
    return open.get(0);
  }

  /**
   * History keeps variables until cleanup: identifiers and facts only, no record or DMN result map
   * (the decision's result is taken apart and removed by the model).
   */
  private void assertOnlyIdentifiersAndFactsInVariables(String dossier) {
    String root =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(PROCESS)
            .processInstanceBusinessKey(dossier)
            .singleResult()
            .getId();
    List<HistoricVariableInstance> variables =
        history.createHistoricVariableInstanceQuery().processInstanceId(root).list();
    assertThat(variables)
        .extracting(HistoricVariableInstance::getName)
        .contains("funeralAllowanceEligible", "funeralAllowanceVnd")
        .doesNotContain("funeralAllowanceFinding", "documentDecisions");
    assertThat(variables)
        .allSatisfy(
            variable ->
                assertThat(variable.getTypeName())
                    .as(variable.getName())
                    .isIn("string", "boolean", "integer", "long", "null", "date"));
  }

  private String formOf(Task task) {
    return tasks
        .createTaskQuery()
        .taskId(task.getId())
        .initializeFormKeys()
        .singleResult()
        .getCamundaFormRef()
        .getKey();
  }

  private Job jobAt(String dossier, String activity) {
    return management
        .createJobQuery()
        .processInstanceId(dossiers.instanceOf(dossier).getId())
        .activityId(activity)
        .singleResult();
  }

  private void crashAfterRunning(Job job) {
    transaction.executeWithoutResult(
        status -> {
          management.executeJob(job.getId());
          status.setRollbackOnly();
        });
  }

  private String file(String applicantPin, String deceasedPin, String dateOfDeath, String notice) {
    ObjectNode data =
        dossiers.object().put("deceasedPin", deceasedPin).put("dateOfDeath", dateOfDeath);
    if (notice != null) {
      data.put("deathNoticeNo", notice);
    }
    return dossiers.file(PROCESS, applicantPin, data);
  }

  /**
   * The sandbox data holds no pensioners; the social-insurance registry's table takes them. Before
   * filing: the dossier's assessment reads social insurance when it is filed.
   */
  private void makePensioner(String pin) {
    jdbc.update(
        "insert into sandbox_pensioner (pin, social_insurance_no, pension_from) values (?,?,?)",
        pin,
        "99" + pin.substring(4),
        LocalDate.of(2010, 1, 1));
  }

  private Instant dueInWorkingDays(java.util.Date from, int days) {
    return calendar.dueAfterWorkingDays(from.toInstant(), days);
  }

  private int deathRecordsOf(String deceasedPin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_civil_status_death where deceased_pin = ?",
        Integer.class,
        deceasedPin);
  }

  private int allowancesFor(String deceasedPin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_funeral_allowance where deceased_pin = ?",
        Integer.class,
        deceasedPin);
  }

  private boolean populationSaysDeceased(String pin) {
    return jdbc.queryForObject(
        "select deceased from sandbox_population_citizen where pin = ?", Boolean.class, pin);
  }

  private String residenceCommuneOf(String pin) {
    return jdbc.queryForObject(
        "select residence_commune_code from sandbox_population_citizen where pin = ?",
        String.class,
        pin);
  }

  private static String daysAgo(int days) {
    return LocalDate.now(VIETNAM).minusDays(days).toString();
  }
}
