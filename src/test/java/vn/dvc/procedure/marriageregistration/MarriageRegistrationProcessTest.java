package vn.dvc.procedure.marriageregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import vn.dvc.registry.IdempotencyKey;

/**
 * Every path of {@code processes/marriage-registration.bpmn}, on the real engine with the sandbox
 * registries. The review, the verification, the supplements and the chair's signature run in the
 * frame {@code handle-dossier} the procedure calls: its tasks are found by the dossier code. The
 * job executor is off: the tests run jobs and timers through the engine's API. Each test has its
 * own couple from sandbox-data/ (the database is shared between test classes): single adults of
 * both sexes, unrelated, in no other test, unless the test needs a defect.
 */
@DvcSpringBootTest
class MarriageRegistrationProcessTest {

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
  void registersTheMarriageWithBothPartiesPresentAndWritesEveryRegistryBack() {
    // The bride files at her commune (01128); the groom lives in 01107.
    String dossier = fileMarriage("001181448201", "001081202643", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);

    assertThat(instance)
        .hasPassed(
            "Task_LookUpApplicantInPopulation",
            "Task_LookUpPartnerInPopulation",
            "Task_LookUpApplicantMarriages",
            "Task_LookUpPartnerMarriages",
            "Task_CheckApplicantRecords",
            "Task_CheckPartnerRecords",
            "Task_AssessKinship")
        .isWaitingAt("CallActivity_HandleDossier");
    ProcessInstance frame = frameOf(instance);
    assertThat(frame)
        .hasNotPassed("CallActivity_VerifyRegistryData")
        .isWaitingAt("Task_ReviewDossier");
    assertThat(runtime.getVariables(instance.getId()))
        .containsEntry("eligibility", "ELIGIBLE")
        .containsEntry("kinship", "NONE")
        .containsEntry("husbandPin", "001081202643")
        .containsEntry("wifePin", "001181448201")
        .containsEntry("applicantGender", "FEMALE")
        .containsEntry("partnerMarried", false);
    Task review = openTask(dossier);
    assertThat(dossiers.candidateGroups(review)).containsExactly("commune-01128-civil-status");
    assertThat(review.getCamundaFormRef().getKey()).isEqualTo("review-marriage-registration");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(view.path("requiredDocuments")).isEmpty();
    assertThat(view.path("satisfiedByData").findValuesAsText("type"))
        .containsExactlyInAnyOrder("MARITAL_STATUS_CONFIRMATION", "ID_CARD", "BIRTH_CERTIFICATE");

    complete(review, attendedAndSigned("reviewDecision", "APPROVE"));
    assertThat(frame).isWaitingAt("Task_SignDossier");
    Task signature = openTask(dossier);
    assertThat(dossiers.candidateGroups(signature)).containsExactly("commune-01128-chair");
    assertThat(signature.getCamundaFormRef().getKey()).isEqualTo("sign-dossier");
    // The chair sees that the officer recorded both parties present and signed.
    assertThat((String) tasks.getVariableLocal(signature.getId(), "dossierFacts"))
        .contains("Số định danh của chồng: 001081202643")
        .contains("Bên kia đã ký sổ hộ tịch: có");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("AWAITING_SIGNATURE");

    complete(signature, withVariables("signDecision", "SIGN"));
    runWriteBacks(instance);

    assertThat(instance).isEnded().hasPassed("EndEvent_MarriageRegistered");
    view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
    JsonNode result = view.path("result");
    Map<String, Object> record = marriageRecord("001081202643", "001181448201");
    assertThat(record).containsEntry("COMMUNE_CODE", "01128");
    assertThat(result.path("document").asText()).isEqualTo("MARRIAGE_EXTRACT");
    assertThat(result.path("marriageRegistrationNo").asText())
        .isEqualTo(record.get("REGISTRATION_NO"));
    assertThat(result.path("extractNo").asText())
        .isEqualTo("TLKH-01128-" + record.get("REGISTRATION_NO"));
    assertThat(result.path("husbandPin").asText()).isEqualTo("001081202643");
    assertThat(result.path("wifeFullName").asText()).isNotBlank();
    // The date civil status gives the marriage, and the commune that registered it.
    assertThat(result.path("registeredOn").asText())
        .isEqualTo(record.get("REGISTERED_ON").toString());
    assertThat(result.path("registeredBy").asText()).isNotBlank().isNotEqualTo("01128");
    // Both population records now say married, to each other, on the civil-status date.
    assertMarriedInPopulation("001081202643", "001181448201", record.get("REGISTERED_ON"));
    assertMarriedInPopulation("001181448201", "001081202643", record.get("REGISTERED_ON"));
    assertThat(walletCopies("001081202643")).isEqualTo(1);
    assertThat(walletCopies("001181448201")).isEqualTo(1);
  }

  @Test
  void refusesWhileFilingAPartyInAnExistingMarriage() {
    // 001075805181 is married in both registries; the partner is single.
    String dossier = fileMarriage("001075805181", "001183248721", null);

    assertThat(dossiers.passedActivities(dossier))
        .contains("Task_DecideEligibility", "EndEvent_NotEligible")
        .doesNotContain("CallActivity_HandleDossier");
    // Neither the documents decision nor any review: the frame is never called.
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dossier)
                .count())
        .isEqualTo(1);
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText())
        .contains("The applicant is in an existing marriage");
    assertThat(marriagesOf("001183248721")).isZero();
  }

  @Test
  void refusesWhileFilingAManUnderTwenty() {
    // 001208389286 was born on 19 June 2008.
    String dossier = fileMarriage("001183015695", "001208389286", null);

    assertThat(dossiers.passedActivities(dossier)).contains("EndEvent_NotEligible");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText())
        .contains("The partner is a man under 20 full years");
  }

  @Test
  void refusesSiblingsFoundThroughTheirParentsInPopulation() {
    // Same father and mother in population.
    String dossier = fileMarriage("001074707808", "001174804637", null);

    assertThat(dossiers.passedActivities(dossier))
        .contains("Task_AssessKinship", "EndEvent_NotEligible");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText())
        .contains("siblings")
        .contains("within three generations");
  }

  @Test
  void sendsAMaritalStatusMismatchToTheOfficersVerificationAndProceedsWhenVerified() {
    // MARITAL_STATUS_MISMATCH: civil status holds an open marriage of 001190430865, population
    // says SINGLE.
    String dossier = fileMarriage("001083981474", "001190430865", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);

    assertThat(frameOf(instance)).isWaitingAt("CallActivity_VerifyRegistryData");
    assertThat(runtime.getVariable(instance.getId(), "eligibility")).isEqualTo("VERIFY");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("IN_REVIEW");
    // Verification, never a document request: nothing is asked of the citizen.
    assertThat(view.path("requiredDocuments")).isEmpty();
    assertThat(view.path("dataIssues").findValuesAsText("kind"))
        .contains("MARITAL_STATUS_MISMATCH");
    // The verification is the building block verify-registry-data, called with the dossier code.
    Task verification = verificationTask(dossier);
    assertThat(dossiers.candidateGroups(verification))
        .containsExactly("commune-01114-civil-status");
    assertThat(verification.getDueDate()).isNotNull();
    assertThat(tasks.getVariable(verification.getId(), "verificationReason").toString())
        .contains("Cơ sở dữ liệu hộ tịch có cuộc hôn nhân chưa chấm dứt của bên kia");
    // The clock has not started: the verification has its own 5 working days.
    assertThat(view.path("dueDate").isNull() || view.path("dueDate").isMissingNode()).isTrue();

    // Five working days pass: the province supervisor is told, the verification goes on.
    execute(
        managementService()
            .createJobQuery()
            .processInstanceId(verification.getProcessInstanceId())
            .activityId("Event_VerificationOverdue")
            .singleResult());
    Task supervisor =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey("Task_HandleOverdueVerification")
            .singleResult();
    assertThat(dossiers.candidateGroups(supervisor)).containsExactly("province-01-supervisors");

    complete(
        verificationTask(dossier),
        withVariables(
            "verificationOutcome",
            "CONFIRMED",
            "verificationNote",
            "Divorce of 2019 found in the district court's register; civil status to be updated."));

    Task review =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey("Task_ReviewDossier")
            .singleResult();
    assertThat(review).isNotNull();
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(dossier)
                .taskDefinitionKey("Task_HandleOverdueVerification")
                .count())
        .as("a verification done ends the supervisor's task about its delay")
        .isZero();
    assertThat(dossiers.view(dossier).path("dueDate").asText()).isNotBlank();
    complete(review, attendedAndSigned("reviewDecision", "APPROVE"));
    complete(
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey("Task_SignDossier")
            .singleResult(),
        withVariables("signDecision", "SIGN"));
    runWriteBacks(instance);
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId("EndEvent_MarriageRegistered")
                .count())
        .isEqualTo(1);
    assertThat(marriageRecord("001083981474", "001190430865")).isNotEmpty();
  }

  /**
   * Were an analyst to make a document required for a dossier under verification, supplying it must
   * not skip the verification: every path to the review passes the verification gateway.
   */
  @Test
  void verifiesADossierWhoseRequiredDocumentWasSuppliedFirst() throws Exception {
    String dmn =
        new String(
                getClass()
                    .getClassLoader()
                    .getResourceAsStream("decisions/marriage-registration-required-documents.dmn")
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replaceFirst(
                "(<outputEntry id=\"OutputEntry_MaritalStatusVerifiedByOfficer_Required\">\\s*<text>)false",
                "$1true");
    assertThat(dmn).contains("_Required\">\n          <text>true");
    String deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("analyst-requires-a-document")
            .addString("marriage-registration-required-documents.dmn", dmn)
            .deploy()
            .getId();
    try {
      // MARITAL_STATUS_MISMATCH (056184735546): the dossier is to be verified.
      String dossier = fileMarriage("056184735546", "001083518144", null);
      ProcessInstance instance = dossiers.instanceOf(dossier);
      ProcessInstance frame = frameOf(instance);
      assertThat(frame).isWaitingAt("CallActivity_AwaitSupplementaryDocuments");

      dossiers.supply(dossier, "MARITAL_STATUS_CONFIRMATION");

      assertThat(frame).isWaitingAt("CallActivity_VerifyRegistryData");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
  }

  @Test
  void refusesWithTheOfficersNoteWhenTheVerificationFindsAPartyMarried() {
    String dossier = fileMarriage("001191562505", "001084150257", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    ProcessInstance frame = frameOf(instance);
    assertThat(frame).isWaitingAt("CallActivity_VerifyRegistryData");

    complete(
        verificationTask(dossier),
        withVariables(
            "verificationOutcome",
            "NOT_ELIGIBLE",
            "verificationNote",
            "The marriage in civil status is current; population was never updated."));

    assertThat(frame)
        .isEnded()
        .hasPassed("EndEvent_RefusedAfterVerification")
        .hasNotPassed("Task_ReviewDossier");
    assertThat(instance)
        .isEnded()
        .hasPassed("EndEvent_NotRegistered")
        .hasNotPassed("Task_RegisterMarriage");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText()).contains("marriage in civil status");
  }

  @Test
  void endsRefusedWithTheOfficersReason() {
    String dossier = fileMarriage("001081576411", "001181637687", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    ProcessInstance frame = frameOf(instance);

    complete(
        openTask(dossier),
        withVariables("reviewDecision", "REFUSE", "refusalReason", "The couple withdrew it."));

    assertThat(frame).isEnded().hasPassed("EndEvent_Refused").hasNotPassed("Task_SignDossier");
    assertThat(instance)
        .isEnded()
        .hasPassed("EndEvent_NotRegistered")
        .hasNotPassed("Task_RegisterMarriage");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText()).isEqualTo("The couple withdrew it.");
    assertThat(marriagesOf("001081576411")).isZero();
  }

  @Test
  void cannotApproveWithoutBothPartiesPresentAndSignedAndReturnsFromTheChair() {
    String dossier = fileMarriage("001083106338", "001181917032", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    Map<String, Object> partnerAbsent = attendedAndSigned("reviewDecision", "APPROVE");
    partnerAbsent.put("partnerPresent", false);
    partnerAbsent.put("partnerSigned", false);

    ProcessInstance frame = frameOf(instance);

    assertThatThrownBy(() -> complete(openTask(dossier), partnerAbsent))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Both parties must attend")
        .hasMessageContaining("the partner's presence")
        .hasMessageContaining("the partner's signature");
    assertThat(frame).isWaitingAt("Task_ReviewDossier");

    complete(openTask(dossier), attendedAndSigned("reviewDecision", "APPROVE"));
    complete(
        openTask(dossier),
        withVariables("signDecision", "RETURN", "returnReason", "Check the partner's name."));

    assertThat(frame).isWaitingAt("Task_ReviewDossier");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
  }

  /**
   * A crash after the registry committed but before the engine did: the job runs, the registry
   * write commits in its own transaction, and the engine's transaction is rolled back. Running the
   * job again must find the first write, not make a second record or a second wallet copy.
   */
  @Test
  void neverWritesTwiceWhenAWriteBackJobIsRetriedAfterACrash() {
    String dossier = fileMarriage("001081987501", "001181730593", null);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    complete(openTask(dossier), attendedAndSigned("reviewDecision", "APPROVE"));
    complete(openTask(dossier), withVariables("signDecision", "SIGN"));

    crashAfterRunning(job("Task_RegisterMarriage", instance));
    assertThat(marriagesOf("001081987501")).isEqualTo(1);
    execute(job("Task_RegisterMarriage", instance));
    execute(job("Task_IssueMarriageExtract", instance));

    crashAfterRunning(job("Task_RecordMarriageOfHusband", instance));
    assertThat(populationWrites(dossier, "Task_RecordMarriageOfHusband")).isEqualTo(1);
    execute(job("Task_RecordMarriageOfHusband", instance));
    crashAfterRunning(job("Task_RecordMarriageOfWife", instance));
    execute(job("Task_RecordMarriageOfWife", instance));

    crashAfterRunning(job("Task_DeliverExtractToHusbandWallet", instance));
    execute(job("Task_DeliverExtractToHusbandWallet", instance));
    execute(job("Task_DeliverExtractToWifeWallet", instance));

    assertThat(instance).isEnded();
    assertThat(marriagesOf("001081987501")).isEqualTo(1);
    assertThat(populationWrites(dossier, "Task_RecordMarriageOfHusband")).isEqualTo(1);
    assertThat(populationWrites(dossier, "Task_RecordMarriageOfWife")).isEqualTo(1);
    assertThat(walletCopies("001081987501")).isEqualTo(1);
    assertThat(walletCopies("001181730593")).isEqualTo(1);
    Map<String, Object> record = marriageRecord("001081987501", "001181730593");
    assertMarriedInPopulation("001181730593", "001081987501", record.get("REGISTERED_ON"));
  }

  private static Map<String, Object> attendedAndSigned(String key, Object value) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(key, value);
    variables.put("applicantPresent", true);
    variables.put("applicantSigned", true);
    variables.put("partnerPresent", true);
    variables.put("partnerSigned", true);
    return variables;
  }

  private void crashAfterRunning(Job job) {
    transaction.executeWithoutResult(
        status -> {
          management.executeJob(job.getId());
          status.setRollbackOnly();
        });
  }

  private void runWriteBacks(ProcessInstance instance) {
    for (String writeBack :
        List.of(
            "Task_RegisterMarriage",
            "Task_IssueMarriageExtract",
            "Task_RecordMarriageOfHusband",
            "Task_RecordMarriageOfWife",
            "Task_DeliverExtractToHusbandWallet",
            "Task_DeliverExtractToWifeWallet")) {
      execute(
          management
              .createJobQuery()
              .processInstanceId(instance.getId())
              .activityId(writeBack)
              .singleResult());
    }
  }

  private String fileMarriage(String applicantPin, String partnerPin, String communeCode) {
    ObjectNode data = dossiers.object().put("partnerPin", partnerPin);
    if (communeCode != null) {
      data.put("communeCode", communeCode);
    }
    return dossiers.file("marriage-registration", applicantPin, data);
  }

  private Map<String, Object> marriageRecord(String husbandPin, String wifePin) {
    return jdbc.queryForMap(
        "select * from sandbox_civil_status_marriage where husband_pin = ? and wife_pin = ?",
        husbandPin,
        wifePin);
  }

  private int marriagesOf(String pin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_civil_status_marriage where husband_pin = ? or wife_pin = ?",
        Integer.class,
        pin,
        pin);
  }

  private void assertMarriedInPopulation(String pin, String spousePin, Object marriedOn) {
    Map<String, Object> citizen =
        jdbc.queryForMap(
            "select marital_status, spouse_pin, married_on from sandbox_population_citizen"
                + " where pin = ?",
            pin);
    assertThat(citizen)
        .containsEntry("MARITAL_STATUS", "MARRIED")
        .containsEntry("SPOUSE_PIN", spousePin)
        .containsEntry("MARRIED_ON", (Date) marriedOn);
  }

  private int populationWrites(String dossier, String task) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_write where registry = 'population' and idempotency_key = ?",
        Integer.class,
        IdempotencyKey.of(dossier, task).value());
  }

  private int walletCopies(String holderPin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_wallet_document where holder_pin = ?"
            + " and document_type = 'MARRIAGE_EXTRACT'",
        Integer.class,
        holderPin);
  }

  /** The frame's instance the procedure called for its dossier. */
  private ProcessInstance frameOf(ProcessInstance instance) {
    return runtime
        .createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId())
        .singleResult();
  }

  /** The dossier's one open task, wherever it lives (the frame or a block it calls). */
  private Task openTask(String dossier) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(dossier)
        .initializeFormKeys()
        .singleResult();
  }

  private Task verificationTask(String dossier) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(dossier)
        .taskDefinitionKey("Task_VerifyRegistryData")
        .singleResult();
  }
}
