package vn.dvc.procedure.birthregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import vn.dvc.population.Pin;

/**
 * Every path of {@code processes/birth-registration.bpmn}, on the real engine with the sandbox
 * registries. The job executor is off: the tests run jobs and timers through the engine's API. The
 * officer's tasks live in the instance of the frame {@code handle-dossier} that the procedure calls
 * under the same dossier code, the wait for a supplement in the frame's {@code
 * await-supplementary-documents}.
 */
@DvcSpringBootTest
class BirthRegistrationProcessTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
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
  void registersBirthAtOnceWhenCertificateAndMarriageAreInRegistries() {
    String dossier =
        fileBirth("004189254667", "001091672596", "2026-10-12", "MALE", "CS-2026-000056", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    ProcessInstance frame = frameOf(dossier);

    assertThat(instance).isWaitingAt("CallActivity_HandleDossier");
    assertThat(frame).isWaitingAt("Task_ReviewDossier");
    assertThat(task(frame).getName()).startsWith("Xem xét hồ sơ đăng ký khai sinh · " + dossier);
    assertThat(formOf(task(frame))).isEqualTo("review-dossier");
    assertThat(dossiers.candidateGroups(task(frame))).containsExactly("commune-01100-civil-status");
    assertThat(dossiers.view(dossier).path("requiredDocuments")).isEmpty();
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");

    complete(task(frame), withVariables("reviewDecision", "APPROVE"));
    assertThat(frame).isWaitingAt("Task_SignDossier");
    assertThat(task(frame).getName()).startsWith("Ký đăng ký khai sinh · " + dossier);
    assertThat(formOf(task(frame))).isEqualTo("sign-dossier");
    assertThat(dossiers.candidateGroups(task(frame))).containsExactly("commune-01100-chair");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("AWAITING_SIGNATURE");

    complete(task(frame), withVariables("signDecision", "SIGN"));
    assertThat(frame).isEnded().hasPassed("EndEvent_Approved");
    runWriteBacks(instance);

    assertThat(instance)
        .hasPassed(
            "Task_CreateBirthRecord",
            "Task_RegisterChildInPopulation",
            "Task_LinkChildPinToBirth",
            "Task_IssueBirthExtract",
            "Task_DeliverBirthExtract")
        .isEnded()
        .hasPassed("EndEvent_BirthRegistered");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(
            jdbc.queryForList(
                "select reference from sandbox_wallet_document where holder_pin = ?"
                    + " and document_type = 'BIRTH_EXTRACT' and reference = ?",
                String.class,
                applicantOf(view),
                view.path("result").path("extractNo").asText()))
        .as("the extract in the applicant's VNeID wallet, once")
        .containsExactly(view.path("result").path("extractNo").asText());

    Pin childPin = Pin.of(view.path("result").path("childPin").asText());
    // Registered in Hà Nội (legacy code 001), a boy born in 2026: 001 2 26 ......
    assertThat(childPin.value()).startsWith("001226");
    assertThat(childPin.gender().name()).isEqualTo("MALE");
    assertThat(childPin.birthYear()).isEqualTo(2026);
    Map<String, Object> child =
        jdbc.queryForMap(
            "select * from sandbox_population_citizen where pin = ?", childPin.value());
    assertThat(child)
        .containsEntry("MOTHER_PIN", "004189254667")
        .containsEntry("FATHER_PIN", "001091672596");
    Map<String, Object> record =
        jdbc.queryForMap(
            "select * from sandbox_civil_status_birth where child_pin = ?", childPin.value());
    assertThat(record)
        .containsEntry("COMMUNE_CODE", "01100")
        .containsEntry("MEDICAL_CERTIFICATE_NO", "CS-2026-000056")
        .containsEntry("REGISTRATION_NO", view.path("result").path("birthRegistrationNo").asText());
    assertThat(view.path("result").path("extractNo").asText())
        .isEqualTo("TLKS-01100-" + record.get("REGISTRATION_NO"));
    assertThat(view.path("result").path("document").asText()).isEqualTo("BIRTH_EXTRACT");
    assertThat(view.path("result").path("childFullName").asText()).isEqualTo("Nguyễn Văn Thử");
    assertThat(view.path("result").path("dateOfBirth").asText()).isEqualTo("2026-10-12");
    assertThat(view.path("result").path("registeredBy").asText()).isNotBlank();
    assertThat(view.path("result").path("issuedOn").asText()).isNotBlank();
  }

  @Test
  void citesTheElectronicBirthCertificateInTheBirthRecordOnlyWhenItMatches() {
    // CS-2026-000057 names this mother but a birth on 16 September: the dossier says the 17th.
    String dossier =
        fileBirth("011191046711", "001096555217", "2026-09-17", "MALE", "CS-2026-000057", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    assertThat(dossiers.view(dossier).path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("MEDICAL_BIRTH_CERTIFICATE");
    dossiers.supply(dossier, "MEDICAL_BIRTH_CERTIFICATE");
    ProcessInstance frame = frameOf(dossier);
    complete(task(frame), withVariables("reviewDecision", "APPROVE"));
    complete(task(frame), withVariables("signDecision", "SIGN"));
    runWriteBacks(instance);

    assertThat(instance).isEnded();
    String registrationNo =
        dossiers.view(dossier).path("result").path("birthRegistrationNo").asText();
    Map<String, Object> record =
        jdbc.queryForMap(
            "select * from sandbox_civil_status_birth where commune_code = ?"
                + " and registration_no = ?",
            "01121",
            registrationNo);
    assertThat(record)
        .containsEntry("MOTHER_PIN", "011191046711")
        .containsEntry("MEDICAL_CERTIFICATE_NO", null);
  }

  @Test
  void asksForDocumentsAndResumesWhenTheCitizenSuppliesThem() {
    String dossier = fileBirth("011198949974", "001095655723", daysAgo(10), "FEMALE", null, null);
    ProcessInstance supplement = supplementOf(dossier);

    assertThat(supplement).isWaitingAt("Task_WaitForDocuments");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(view.path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("BIRTH_WITNESS_STATEMENT");

    dossiers.supply(dossier, "BIRTH_WITNESS_STATEMENT");

    assertThat(supplement).hasPassed("Task_WaitForDocuments").isEnded();
    ProcessInstance frame = frameOf(dossier);
    assertThat(frame).isWaitingAt("Task_ReviewDossier");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(tasks.getVariable(task(frame).getId(), "factsFound").toString())
        .contains("BIRTH_WITNESS_STATEMENT: cần nộp")
        .contains("Công dân đã nộp");
  }

  @Test
  void endsNotAcceptedWhenDocumentsAreNeverSupplied() {
    String dossier = fileBirth("015189258201", "001093224100", daysAgo(5), "MALE", null, null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    ProcessInstance frame = frameOf(dossier);
    ProcessInstance supplement = supplementOf(dossier);
    assertThat(supplement).isWaitingAt("Task_WaitForDocuments");

    Job deadline = job("Event_SupplementDeadlinePassed", supplement);
    assertThat(deadline).isNotNull();
    execute(deadline);

    assertThat(frame).isEnded().hasPassed("EndEvent_NotAccepted");
    assertThat(instance)
        .isEnded()
        .hasPassed("EndEvent_NotRegistered")
        .hasNotPassed("Task_CreateBirthRecord");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("NOT_ACCEPTED");
    assertThat(view.path("result").path("outcome").asText()).isEqualTo("NOT_ACCEPTED");
  }

  @Test
  void endsRefusedWithTheOfficersReason() {
    String dossier =
        fileBirth("044186303471", "040085492371", "2026-10-20", "MALE", "CS-2026-000036", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    ProcessInstance frame = frameOf(dossier);
    assertThat(frame).isWaitingAt("Task_ReviewDossier");

    complete(
        task(frame),
        withVariables(
            "reviewDecision", "REFUSE", "refusalReason", "The parents withdrew the application."));

    assertThat(frame).isEnded().hasPassed("EndEvent_Refused").hasNotPassed("Task_SignDossier");
    assertThat(instance)
        .isEnded()
        .hasPassed("EndEvent_NotRegistered")
        .hasNotPassed("Task_CreateBirthRecord");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText())
        .isEqualTo("The parents withdrew the application.");
    assertThat(countBirthRecordsOf("044186303471")).isZero();
  }

  @Test
  void returnsToTheOfficerWhenTheChairDoesNotSign() {
    String dossier =
        fileBirth("040187918026", "001093244142", "2026-09-24", "MALE", "CS-2026-000044", null);
    ProcessInstance frame = frameOf(dossier);
    complete(task(frame), withVariables("reviewDecision", "APPROVE"));

    complete(
        task(frame),
        withVariables("signDecision", "RETURN", "returnReason", "Check the father's name."));

    assertThat(frame).isWaitingAt("Task_ReviewDossier");
    assertThat(runtime.getVariable(frame.getId(), "returnReason"))
        .isEqualTo("Check the father's name.");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
  }

  @Test
  void flagsRegistrationMoreThanSixtyDaysAfterBirthAsLate() {
    String late = fileBirth("022198192910", "040096056157", daysAgo(61), "FEMALE", null, null);
    String onTime = fileBirth("034190978662", "040092728222", daysAgo(60), "MALE", null, null);

    assertThat(runtime.getVariable(dossiers.instanceOf(late).getId(), "late")).isEqualTo(true);
    assertThat(runtime.getVariable(dossiers.instanceOf(onTime).getId(), "late")).isEqualTo(false);
  }

  @Test
  void showsDataIssuesToTheOfficerInsteadOfAskingTheCitizen() {
    // Population says MARRIED, but the marriage was never digitised: no paper is asked, the
    // officer verifies.
    String dossier =
        fileBirth("004197946583", "040094531489", "2026-09-28", "MALE", "CS-2026-000001", null);
    ProcessInstance frame = frameOf(dossier);

    assertThat(frame).isWaitingAt("Task_ReviewDossier");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("requiredDocuments")).isEmpty();
    assertThat(view.path("dataIssues").findValuesAsText("kind")).contains("MARRIAGE_NOT_DIGITISED");
    assertThat(tasks.getVariable(task(frame).getId(), "dataIssues").toString())
        .contains("MARRIAGE_NOT_DIGITISED");
  }

  @Test
  void routesToTheCurrentCommuneWhenTheMothersAddressPredatesTheReform() {
    // Registry still says "Xã Diễn Hạnh, Huyện Diễn Châu", merged into Xã Hạnh Quảng (40156).
    String dossier = fileBirth("040186289011", null, daysAgo(3), "FEMALE", null, null);

    assertThat(dossier).startsWith("40156-");
    assertThat(dossiers.view(dossier).path("dataIssues").findValuesAsText("kind"))
        .contains("ADDRESS_NOT_UPDATED_AFTER_REFORM");
    dossiers.supply(dossier, "BIRTH_WITNESS_STATEMENT");
    assertThat(dossiers.candidateGroups(task(frameOf(dossier))))
        .containsExactly("commune-40156-civil-status");
  }

  /**
   * A crash after the registry committed but before the engine did: the job runs, the registry
   * write commits in its own transaction, and the engine's transaction is rolled back. Running the
   * job again must find the first write, not make a second record.
   */
  @Test
  void neverWritesTwiceWhenAWriteBackJobIsRetriedAfterACrash() {
    String dossier =
        fileBirth("001194779591", "040091666185", "2026-09-06", "MALE", "CS-2026-000007", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    ProcessInstance frame = frameOf(dossier);
    complete(task(frame), withVariables("reviewDecision", "APPROVE"));
    complete(task(frame), withVariables("signDecision", "SIGN"));

    crashAfterRunning(job("Task_CreateBirthRecord", instance));
    assertThat(countBirthRecordsOf("001194779591")).isEqualTo(1);
    assertThat(instance).isWaitingAt("Task_CreateBirthRecord");
    execute(job("Task_CreateBirthRecord", instance));

    crashAfterRunning(job("Task_RegisterChildInPopulation", instance));
    assertThat(countChildrenOf("001194779591", "Nguyễn Văn Thử")).isEqualTo(1);
    execute(job("Task_RegisterChildInPopulation", instance));

    crashAfterRunning(job("Task_LinkChildPinToBirth", instance));
    assertThat(instance).isWaitingAt("Task_LinkChildPinToBirth");
    execute(job("Task_LinkChildPinToBirth", instance));
    execute(job("Task_IssueBirthExtract", instance));
    crashAfterRunning(job("Task_DeliverBirthExtract", instance));
    execute(job("Task_DeliverBirthExtract", instance));

    assertThat(instance).isEnded();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_wallet_document where holder_pin = '001194779591'"
                    + " and document_type = 'BIRTH_EXTRACT'",
                Integer.class))
        .as("one copy in the wallet after a retried delivery")
        .isEqualTo(1);
    assertThat(countBirthRecordsOf("001194779591")).isEqualTo(1);
    assertThat(countChildrenOf("001194779591", "Nguyễn Văn Thử")).isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "select child_pin from sandbox_civil_status_birth where mother_pin = ?"
                    + " and registered_on >= ?",
                String.class,
                "001194779591",
                LocalDate.now(VIETNAM).minusDays(1)))
        .containsExactly(dossiers.view(dossier).path("result").path("childPin").asText());
  }

  private void crashAfterRunning(Job job) {
    transaction.executeWithoutResult(
        status -> {
          management.executeJob(job.getId());
          status.setRollbackOnly();
        });
  }

  @Test
  void fatherFilingAloneGetsTheMotherFromTheCertificateAndTheMarriageFromCivilStatus() {
    // CS-2026-000009 names mother 020186743068, married to the father under 1/2010/KH.
    String dossier = fileBirth("001087706097", null, "2026-10-12", "MALE", "CS-2026-000009", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);

    assertThat(frameOf(dossier)).isWaitingAt("Task_ReviewDossier");
    assertThat(runtime.getVariable(instance.getId(), "motherPin")).isEqualTo("020186743068");
    assertThat(runtime.getVariable(instance.getId(), "parentsMarriageNo")).isEqualTo("1/2010/KH");
    assertThat(dossiers.view(dossier).path("requiredDocuments")).isEmpty();
  }

  @Test
  void fatherFilingAloneWithoutACertificateIsFiledAndAskedForTheMissingProof() {
    String dossier = fileBirth("001087198297", null, "2026-09-19", "MALE", null, null);
    ProcessInstance instance = dossiers.instanceOf(dossier);

    assertThat(supplementOf(dossier)).isWaitingAt("Task_WaitForDocuments");
    assertThat(runtime.getVariable(instance.getId(), "parentsMarriageNo")).isNull();
    assertThat(dossiers.view(dossier).path("requiredDocuments")).isNotEmpty();
  }

  /** The running frame {@code handle-dossier} the procedure called for this dossier. */
  private ProcessInstance frameOf(String dossier) {
    return calledInstance("handle-dossier", dossier);
  }

  /** The running wait for a supplement, called by the frame. */
  private ProcessInstance supplementOf(String dossier) {
    return calledInstance("await-supplementary-documents", dossier);
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

  private static String applicantOf(JsonNode view) {
    return view.path("applicantPin").asText();
  }

  private void runWriteBacks(ProcessInstance instance) {
    execute(job("Task_CreateBirthRecord", instance));
    execute(job("Task_RegisterChildInPopulation", instance));
    execute(job("Task_LinkChildPinToBirth", instance));
    execute(job("Task_IssueBirthExtract", instance));
    execute(job("Task_DeliverBirthExtract", instance));
  }

  private String fileBirth(
      String applicantPin,
      String otherParentPin,
      String dateOfBirth,
      String gender,
      String certificateNo,
      String communeCode) {
    ObjectNode data = dossiers.object();
    data.putObject("child")
        .put("fullName", "Nguyễn Văn Thử")
        .put("gender", gender)
        .put("dateOfBirth", dateOfBirth)
        .put("placeOfBirth", "Bệnh viện đa khoa");
    if (certificateNo != null) {
      data.put("birthCertificateNo", certificateNo);
    }
    if (otherParentPin != null) {
      data.put("otherParentPin", otherParentPin);
    }
    if (communeCode != null) {
      data.put("communeCode", communeCode);
    }
    return dossiers.file("birth-registration", applicantPin, data);
  }

  private int countBirthRecordsOf(String motherPin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_civil_status_birth where mother_pin = ? and registered_on >= ?",
        Integer.class,
        motherPin,
        LocalDate.now(VIETNAM).minusDays(1));
  }

  private int countChildrenOf(String motherPin, String name) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_population_citizen where mother_pin = ? and full_name = ?",
        Integer.class,
        motherPin,
        name);
  }

  private static String daysAgo(int days) {
    return LocalDate.now(VIETNAM).minusDays(days).toString();
  }
}
