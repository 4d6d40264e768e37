package vn.dvc.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierFixtures;

/**
 * Deadlines of birth registrations (same day; after 15:00 the next working day) on the engine's
 * moved clock: due dates on the dossier and its tasks across Tết 2026, the due-soon warning, the
 * escalation of an overdue dossier to its province's supervisors, and the pause while the citizen
 * supplements a document. The children's dates of birth are those of the sandbox's electronic
 * certificates, so the dossiers are complete at once; the moved engine clock only drives deadlines.
 * The tasks and the deadline timers live in the instance of the frame {@code handle-dossier} that
 * the procedure calls under the same dossier code, the wait for a supplement in the frame's {@code
 * await-supplementary-documents}.
 */
@DvcSpringBootTest
class DossierDeadlineProcessTest {

  /** Friday 13 February 2026, 16:00 in Vietnam: after 15:00, on the eve of the Tết holiday. */
  private static final Instant FRIDAY_BEFORE_TET_AFTER_CUTOFF =
      Instant.parse("2026-02-13T09:00:00Z");

  /** Monday 23 February 2026, 17:00 in Vietnam: the first working day after Tết, end of day. */
  private static final Instant FIRST_WORKING_DAY_AFTER_TET = Instant.parse("2026-02-23T10:00:00Z");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

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

  @Test
  void dueDateOfADossierFiledAfterThreePmBeforeTetIsTheFirstWorkingDayAfterTet() {
    at(FRIDAY_BEFORE_TET_AFTER_CUTOFF);
    String dossier =
        fileCompleteBirth("008194782506", "040091243581", "2026-10-18", "CS-2026-000025");
    ProcessInstance frame = frameOf(dossier);

    assertThat(frame).isWaitingAt("Task_ReviewDossier");
    assertThat(Instant.parse(dossiers.view(dossier).path("dueDate").asText()))
        .isEqualTo(FIRST_WORKING_DAY_AFTER_TET);
    Task review = task(frame, "Task_ReviewDossier");
    assertThat(review.getDueDate().toInstant()).isEqualTo(FIRST_WORKING_DAY_AFTER_TET);

    complete(review, withVariables("reviewDecision", "APPROVE"));
    assertThat(task(frame, "Task_SignDossier").getDueDate().toInstant())
        .isEqualTo(FIRST_WORKING_DAY_AFTER_TET);
  }

  @Test
  void warnsWhenTheDossierIsDueWithinOneWorkingDay() {
    at(FRIDAY_BEFORE_TET_AFTER_CUTOFF);
    String dossier =
        fileCompleteBirth("030194554023", "040097300790", "2026-09-30", "CS-2026-000054");
    ProcessInstance frame = frameOf(dossier);

    // Due Monday 23 February: due soon from the start of the working day before it (Friday).
    assertThat(job("Event_DossierDueSoon", frame).getDuedate().toInstant())
        .isEqualTo(Instant.parse("2026-02-12T17:00:00Z"));
    execute(job("Event_DossierDueSoon", frame));

    assertThat(frame).hasPassed("Task_WarnDossierDueSoon").isWaitingAt("Task_ReviewDossier");
    assertThat(events(dossier)).contains("DUE_SOON");
    assertThat(runtime.getVariable(frame.getId(), "dueSoon")).isEqualTo(true);
  }

  @Test
  void escalatesAnOverdueDossierToItsProvinceSupervisorsWithoutBlockingTheWork() {
    at(FRIDAY_BEFORE_TET_AFTER_CUTOFF);
    String dossier =
        fileCompleteBirth("040193928448", "067088903858", "2026-09-08", "CS-2026-000047");
    ProcessInstance instance = dossiers.instanceOf(dossier);
    ProcessInstance frame = frameOf(dossier);
    assertThat(job("Event_DossierOverdue", frame).getDuedate().toInstant())
        .isEqualTo(FIRST_WORKING_DAY_AFTER_TET);

    at(FIRST_WORKING_DAY_AFTER_TET.plusSeconds(60));
    execute(job("Event_DossierOverdue", frame));

    Task supervisor = task(frame, "Task_HandleOverdueDossier");
    assertThat(dossiers.candidateGroups(supervisor)).containsExactly("province-40-supervisors");
    // One working day for the supervisor, escalated after 15:00 on Monday: counted from Tuesday,
    // due Wednesday 25 February, 17:00.
    assertThat(supervisor.getDueDate().toInstant())
        .isEqualTo(Instant.parse("2026-02-25T10:00:00Z"));
    assertThat(events(dossier)).contains("OVERDUE_ESCALATED");
    assertThat(frame).isWaitingAt("Task_ReviewDossier", "Task_HandleOverdueDossier");

    complete(
        supervisor,
        withVariables(
            "overdueAction", "REASSIGN",
            "reassignTo", "officer.truongvinh",
            "overdueJustification", "Officer on leave"));
    assertThat(task(frame, "Task_ReviewDossier").getAssignee()).isEqualTo("officer.truongvinh");
    assertThat(events(dossier)).contains("OVERDUE_REASSIGNED");

    complete(task(frame, "Task_ReviewDossier"), withVariables("reviewDecision", "APPROVE"));
    complete(task(frame, "Task_SignDossier"), withVariables("signDecision", "SIGN"));
    assertThat(frame).isEnded();
    execute(job("Task_CreateBirthRecord", instance));
    execute(job("Task_RegisterChildInPopulation", instance));
    execute(job("Task_LinkChildPinToBirth", instance));
    execute(job("Task_IssueBirthExtract", instance));
    execute(job("Task_DeliverBirthExtract", instance));
    assertThat(instance).isEnded();
    assertThat(
            jdbc.queryForMap(
                "select on_time, clock_state from dossier_sla where dossier_id = ?", dossier))
        .containsEntry("ON_TIME", false)
        .containsEntry("CLOCK_STATE", "STOPPED");
  }

  @Test
  void stopsTheClockWhileTheCitizenSupplementsAndResumesWithTheRemainingTime() {
    // Monday 2 March 2026, 09:00: complete at once, due the same day at 17:00.
    at(Instant.parse("2026-03-02T02:00:00Z"));
    String dossier =
        fileCompleteBirth("040189041133", "048086564007", "2026-09-18", "CS-2026-000055");
    ProcessInstance frame = frameOf(dossier);
    assertThat(dueDate(dossier)).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));

    complete(
        task(frame, "Task_ReviewDossier"),
        withVariables(
            "reviewDecision", "REQUEST_DOCUMENTS",
            "requestedDocumentType", "MEDICAL_BIRTH_CERTIFICATE",
            "requestReason",
                "The electronic certificate names another facility; please upload the paper one."));
    ProcessInstance supplement = supplementOf(dossier);
    assertThat(supplement).isWaitingAt("Task_WaitForDocuments");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(
            jdbc.queryForObject(
                "select clock_state from dossier_sla where dossier_id = ?", String.class, dossier))
        .isEqualTo("PAUSED");

    // The citizen answers on Wednesday at 10:00; the same-day limit counts again from then.
    at(Instant.parse("2026-03-04T03:00:00Z"));
    dossiers.supply(dossier, "MEDICAL_BIRTH_CERTIFICATE");

    assertThat(supplement).hasPassed("Task_WaitForDocuments").isEnded();
    assertThat(frame).isWaitingAt("Task_ReviewDossier");
    assertThat(dueDate(dossier)).isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
    assertThat(task(frame, "Task_ReviewDossier").getDueDate().toInstant())
        .isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
    assertThat(events(dossier)).contains("CLOCK_PAUSED", "CLOCK_RESUMED");
    assertThat(
            jdbc.queryForObject(
                "select paused_working_days from dossier_sla where dossier_id = ?",
                Integer.class,
                dossier))
        .isEqualTo(2);
  }

  @Test
  void aDossierNeverCompletedCountsNeitherOnTimeNorLate() {
    at(Instant.parse("2026-03-02T02:00:00Z"));
    ObjectNode data = birthData("2026-02-27", null, null);
    String dossier = dossiers.file("birth-registration", "024192341257", data);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    ProcessInstance supplement = supplementOf(dossier);
    assertThat(supplement).isWaitingAt("Task_WaitForDocuments");
    assertThat(dossiers.view(dossier).path("dueDate").isNull()).isTrue();

    execute(job("Event_SupplementDeadlinePassed", supplement));

    assertThat(instance).isEnded();
    assertThat(
            jdbc.queryForMap(
                "select finished_at, on_time from dossier_sla where dossier_id = ?", dossier))
        .containsEntry("ON_TIME", null)
        .doesNotContainEntry("FINISHED_AT", null);
  }

  private Instant dueDate(String dossier) {
    JsonNode due = dossiers.view(dossier).path("dueDate");
    return Instant.parse(due.asText());
  }

  private String fileCompleteBirth(
      String mother, String father, String dateOfBirth, String certificate) {
    return dossiers.file("birth-registration", mother, birthData(dateOfBirth, father, certificate));
  }

  private ObjectNode birthData(String dateOfBirth, String father, String certificate) {
    ObjectNode data = dossiers.object();
    data.putObject("child")
        .put("fullName", "Lê Hạn Chót")
        .put("gender", "FEMALE")
        .put("dateOfBirth", dateOfBirth)
        .put("placeOfBirth", "Trạm y tế");
    if (father != null) {
      data.put("otherParentPin", father);
    }
    if (certificate != null) {
      data.put("birthCertificateNo", certificate);
    }
    return data;
  }

  private List<String> events(String dossier) {
    return jdbc.queryForList(
        "select event from dossier_event where dossier_id = ? order by id", String.class, dossier);
  }

  /** The running frame {@code handle-dossier} the procedure called for this dossier. */
  private ProcessInstance frameOf(String dossier) {
    return calledInstance("handle-dossier", dossier);
  }

  /** The running wait for a supplement, called by the frame. */
  private ProcessInstance supplementOf(String dossier) {
    return calledInstance("await-supplementary-documents", dossier);
  }

  private ProcessInstance calledInstance(String processKey, String dossier) {
    ProcessInstance called =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(processKey)
            .processInstanceBusinessKey(dossier)
            .singleResult();
    assertThat(called).as("%s of dossier %s", processKey, dossier).isNotNull();
    return called;
  }

  private Task task(ProcessInstance instance, String key) {
    return tasks
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
