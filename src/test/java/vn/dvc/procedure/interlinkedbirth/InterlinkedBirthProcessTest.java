package vn.dvc.procedure.interlinkedbirth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
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
 * Every path of {@code processes/interlinked-birth.bpmn}, on the real engine with the sandbox
 * registries, the frame {@code handle-dossier} it calls once per part (birth, residence,
 * health-card) and the building blocks the frame calls. The job executor is off: the tests run jobs
 * and timers through the engine's API. Every part's review is the frame's {@code
 * Task_ReviewDossier} in a called instance, so tasks are found by the dossier code (the business
 * key every instance of a dossier shares) and told apart by their groups and names. Each test has
 * its own sandbox birth from health-facilities.json, used by no other test class.
 */
@DvcSpringBootTest
class InterlinkedBirthProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationContext context;

  DossierFixtures dossiers;
  InterlinkedBirthOfficers officers;

  @BeforeEach
  void setUp() {
    init(engine);
    dossiers = new DossierFixtures(context);
    officers = new InterlinkedBirthOfficers(context);
  }

  @Test
  void registersBirthResidenceAtTheMothersAddressAndHealthCardWithoutAnyPaper() {
    // CS-2026-000004: mother 075198967632 and father 020094345587, both in 20254, household
    // HK2025401431, married in civil status.
    String dossier =
        file(
            "075198967632",
            "CS-2026-000004",
            "2026-10-24",
            "020094345587",
            atParent("075198967632"));

    assertThat(dossiers.candidateGroups(officers.task(dossier, "Task_ReviewDossier")))
        .containsExactly("commune-20254-civil-status");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(view.path("requiredDocuments")).isEmpty();
    assertThat(view.path("satisfiedByData").findValuesAsText("type"))
        .contains("MEDICAL_BIRTH_CERTIFICATE", "MARRIAGE_CERTIFICATE", "PROOF_OF_LEGAL_RESIDENCE");
    assertThat(view.path("satisfiedByData").findValuesAsText("reference"))
        .contains("CS-2026-000004", "HK2025401431");

    tasks.complete(
        officers.task(dossier, "Task_ReviewDossier").getId(), Map.of("reviewDecision", "APPROVE"));
    Task chair = officers.task(dossier, "Task_SignDossier");
    assertThat(dossiers.candidateGroups(chair)).containsExactly("commune-20254-chair");
    tasks.complete(chair.getId(), Map.of("signDecision", "SIGN"));
    officers.runJobs(dossier);

    Task police = officers.task(dossier, "Task_ReviewDossier");
    assertThat(dossiers.candidateGroups(police)).containsExactly("commune-20254-police");
    assertThat(police.getName()).startsWith("Đăng ký thường trú cho trẻ · " + dossier);
    assertThat(police.getDueDate()).isNotNull();
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
    String childPin = (String) officers.variable(dossier, "childPin");
    // Registered in commune 20254, province 20: the PIN starts with the province's code.
    assertThat(childPin).startsWith("020").hasSize(12);

    tasks.complete(police.getId(), Map.of("reviewDecision", "APPROVE"));
    officers.runJobs(dossier);
    Task socialSecurity = officers.task(dossier, "Task_ReviewDossier");
    assertThat(dossiers.candidateGroups(socialSecurity))
        .containsExactly("province-20-social-security");
    assertThat(socialSecurity.getName())
        .startsWith("Cấp thẻ BHYT cho trẻ dưới 6 tuổi · " + dossier);
    assertThat(officers.variable(dossier, "childHasValidCard")).isEqualTo(false);

    tasks.complete(socialSecurity.getId(), Map.of("reviewDecision", "APPROVE"));
    ProcessInstance instance = officers.instance(dossier);
    officers.runJobs(dossier);

    assertThat(instance).isEnded().hasPassed("EndEvent_Completed");
    view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
    JsonNode parts = view.path("result").path("parts");
    assertThat(parts.findValuesAsText("document"))
        .containsExactly("BIRTH_EXTRACT", "RESIDENCE_CONFIRMATION", "HEALTH_INSURANCE_CARD");
    assertThat(parts.findValuesAsText("outcome")).containsOnly("ISSUED");
    assertThat(parts.get(0).path("childPin").asText()).isEqualTo(childPin);
    assertThat(parts.get(0).path("extractNo").asText()).startsWith("TLKS-20254-");
    assertThat(parts.get(0).path("childFullName").asText()).isEqualTo("Nguyễn Liên Thông");
    assertThat(parts.get(0).path("dateOfBirth").asText()).isEqualTo("2026-10-24");
    assertThat(parts.get(1).path("communeCode").asText()).isEqualTo("20254");
    assertThat(parts.get(1).path("householdId").asText()).isEqualTo("HK2025401431");
    assertThat(parts.get(2).path("cardNo").asText()).startsWith("TE4");
    assertThat(parts.get(2).path("holderPin").asText()).isEqualTo(childPin);
    assertThat(parts.get(2).path("category").asText()).isEqualTo("CHILD_UNDER_6");
    assertThat(residenceOf(childPin))
        .containsEntry("RESIDENCE_COMMUNE_CODE", "20254")
        .containsEntry("HOUSEHOLD_ID", "HK2025401431");
    assertThat(cardsOf(childPin)).isEqualTo(1);
    assertThat(walletDocumentTypes("075198967632"))
        .containsExactlyInAnyOrder(
            "BIRTH_EXTRACT", "RESIDENCE_CONFIRMATION", "HEALTH_INSURANCE_CARD");
  }

  @Test
  void asksForProofOfLawfulDwellingOnlyWhenTheChildLivesElsewhereAndGoesOnOnceSupplied() {
    // CS-2026-000012: mother 001190235095 lives in 01114; the child will live in 01107.
    ObjectNode elsewhere = dossiers.object();
    elsewhere
        .putObject("address")
        .put("line", "Số 12 ngõ 4 phố Hàng Bột")
        .put("communeCode", "01107");
    String dossier = file("001190235095", "CS-2026-000012", "2026-09-09", null, elsewhere);

    assertThat(officers.frame(dossier)).isWaitingAt("CallActivity_AwaitSupplementaryDocuments");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(view.path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("PROOF_OF_LEGAL_RESIDENCE");

    dossiers.supply(dossier, "PROOF_OF_LEGAL_RESIDENCE");

    assertThat(officers.task(dossier, "Task_ReviewDossier")).isNotNull();
    officers.approveAndSignBirth(dossier);
    officers.runJobs(dossier);
    Task police = officers.task(dossier, "Task_ReviewDossier");
    assertThat(dossiers.candidateGroups(police)).containsExactly("commune-01107-police");
    tasks.complete(police.getId(), Map.of("reviewDecision", "APPROVE"));
    officers.runJobs(dossier);
    String childPin = (String) officers.variable(dossier, "childPin");
    assertThat(residenceOf(childPin))
        .containsEntry("RESIDENCE_COMMUNE_CODE", "01107")
        .containsEntry("RESIDENCE_ADDRESS", "Số 12 ngõ 4 phố Hàng Bột");
    assertThat(dossiers.candidateGroups(officers.task(dossier, "Task_ReviewDossier")))
        .containsExactly("province-01-social-security");
  }

  @Test
  void asksForTheDocumentTheOfficerRequestsAndReviewsAgainOnceItIsSupplied() {
    String dossier =
        file(
            "094193790315",
            "CS-2026-000028",
            "2026-09-27",
            "049093250456",
            atParent("094193790315"));
    assertThat(dossiers.view(dossier).path("dueDate").isNull()).isFalse();

    officers.complete(
        dossier,
        "Task_ReviewDossier",
        Map.of(
            "reviewDecision",
            "REQUEST_DOCUMENTS",
            "requestedDocumentType",
            "BIRTH_WITNESS_STATEMENT",
            "requestReason",
            "The place of birth differs from the certificate."));

    assertThat(officers.frame(dossier))
        .hasPassed("Task_RequestSupplementaryDocument")
        .isWaitingAt("CallActivity_AwaitSupplementaryDocuments");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(view.path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("BIRTH_WITNESS_STATEMENT");

    dossiers.supply(dossier, "BIRTH_WITNESS_STATEMENT");

    assertThat(officers.task(dossier, "Task_ReviewDossier")).isNotNull();
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(dossiers.view(dossier).path("timeline").findValuesAsText("event"))
        .contains("CLOCK_PAUSED", "CLOCK_RESUMED");
  }

  @Test
  void endsNotAcceptedWhenTheProofOfDwellingIsNeverSupplied() {
    ObjectNode elsewhere = dossiers.object();
    elsewhere.putObject("address").put("line", "Tổ 3, khu phố 2").put("communeCode", "79240");
    String dossier = file("022195513271", "CS-2026-000041", "2026-09-16", null, elsewhere);

    management.executeJob(officers.blockJob(dossier, "Event_SupplementDeadlinePassed").getId());

    assertThat(dossiers.passedActivities(dossier))
        .contains("EndEvent_NotAccepted")
        .doesNotContain("Task_CreateBirthRecord", "CallActivity_HandleResidencePart");
    assertThat(officers.framePassedActivities(dossier))
        .contains("EndEvent_NotAccepted")
        .doesNotContain("Task_ReviewDossier");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("NOT_ACCEPTED");
  }

  @Test
  void goesBackToTheReviewWhenTheChairReturnsTheVerifiedDossier() {
    // CS-2026-000037: the mother's own birth is only on paper (BIRTH_NOT_DIGITISED).
    String dossier =
        file(
            "093188372622",
            "CS-2026-000037",
            "2026-09-05",
            "001091196587",
            atParent("093188372622"));
    officers.complete(
        dossier,
        "Task_VerifyRegistryData",
        Map.of("verificationOutcome", "CONFIRMED", "verificationNote", "Paper register checked."));
    officers.complete(dossier, "Task_ReviewDossier", Map.of("reviewDecision", "APPROVE"));

    officers.complete(
        dossier,
        "Task_SignDossier",
        Map.of("signDecision", "RETURN", "returnReason", "Check the place of birth."));

    assertThat(officers.task(dossier, "Task_ReviewDossier")).isNotNull();
    assertThat(officers.instance(dossier)).hasNotPassed("Task_CreateBirthRecord");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
    // Verified once: the return does not send the dossier to a second verification.
    assertThat(officers.instance(dossier)).isWaitingAt("CallActivity_HandleBirthPart");
    assertThat(officers.frame(dossier)).isWaitingAt("Task_ReviewDossier");
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(dossier)
                .taskDefinitionKey("Task_VerifyRegistryData")
                .count())
        .isZero();
  }

  @Test
  void endsRefusedWithTheCivilStatusOfficersReasonAndStartsNoOtherPart() {
    String dossier =
        file(
            "075189306609",
            "CS-2026-000013",
            "2026-09-22",
            "040093025636",
            atParent("075189306609"));

    tasks.complete(
        officers.task(dossier, "Task_ReviewDossier").getId(),
        Map.of("reviewDecision", "REFUSE", "refusalReason", "The parents withdrew the dossier."));

    assertThat(dossiers.passedActivities(dossier))
        .contains("EndEvent_Refused")
        .doesNotContain("Task_CreateBirthRecord", "CallActivity_HandleResidencePart");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText())
        .isEqualTo("The parents withdrew the dossier.");
  }

  @Test
  void aResidenceRefusedByThePoliceIsRecordedForThatPartWhileTheHealthCardFollows() {
    String dossier =
        file(
            "049192327728",
            "CS-2026-000015",
            "2026-10-26",
            "020094260775",
            atParent("049192327728"));
    officers.approveAndSignBirth(dossier);
    officers.runJobs(dossier);

    officers.refusePart(dossier, "The household head withdrew consent.");
    officers.runJobs(dossier);
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(officers.task(dossier, "Task_ReviewDossier").getName())
        .startsWith("Cấp thẻ BHYT cho trẻ dưới 6 tuổi");
    officers.approvePart(dossier);
    officers.runJobs(dossier);

    assertThat(dossiers.passedActivities(dossier))
        .contains("Task_RecordResidenceRefusal", "Task_IssueHealthInsuranceCard")
        .doesNotContain("Task_RegisterPermanentResidence", "Task_DeliverResidenceConfirmation");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
    JsonNode residence = part(view, "RESIDENCE_CONFIRMATION");
    assertThat(residence.path("outcome").asText()).isEqualTo("REFUSED");
    assertThat(residence.path("reason").asText()).isEqualTo("The household head withdrew consent.");
    assertThat(part(view, "HEALTH_INSURANCE_CARD").path("outcome").asText()).isEqualTo("ISSUED");
    assertThat(walletDocumentTypes("049192327728"))
        .containsExactlyInAnyOrder("BIRTH_EXTRACT", "HEALTH_INSURANCE_CARD");
  }

  @Test
  void aHealthCardRefusedBySocialSecurityIsRecordedForThatPartAndIssuesNoCard() {
    String dossier =
        file(
            "046191307564",
            "CS-2026-000016",
            "2026-09-19",
            "020093724262",
            atParent("046191307564"));
    throughBirthAndResidence(dossier);
    String childPin = (String) officers.variable(dossier, "childPin");

    officers.refusePart(dossier, "The child is insured abroad.");
    officers.runJobs(dossier);

    assertThat(dossiers.passedActivities(dossier))
        .contains("Task_RecordHealthCardRefusal", "EndEvent_Completed")
        .doesNotContain("Task_IssueHealthInsuranceCard");
    JsonNode card = part(dossiers.view(dossier), "HEALTH_INSURANCE_CARD");
    assertThat(card.path("outcome").asText()).isEqualTo("REFUSED");
    assertThat(card.path("reason").asText()).isEqualTo("The child is insured abroad.");
    assertThat(cardsOf(childPin)).isZero();
  }

  @Test
  void escalatesABirthPartNotDoneTheSameDayToTheProvinceSupervisorsWhileTheReviewGoesOn() {
    String dossier =
        file(
            "087188224272",
            "CS-2026-000017",
            "2026-09-29",
            "040088985757",
            atParent("087188224272"));

    Job timer = officers.frameJob(dossier, "Event_DossierOverdue");
    // "0 working days": the end of the working day the dossier was complete (or the next one).
    assertThat(runtime.getVariable(officers.frame(dossier).getId(), "partWorkingDays"))
        .isEqualTo(0);
    assertThat(timer.getDuedate())
        .isEqualTo(runtime.getVariable(officers.frame(dossier).getId(), "partDueDate"));
    management.executeJob(timer.getId());

    Task supervisor = officers.task(dossier, "Task_HandleOverdueDossier");
    assertThat(dossiers.candidateGroups(supervisor)).containsExactly("province-40-supervisors");
    assertThat(officers.task(dossier, "Task_ReviewDossier")).isNotNull();
    tasks.complete(
        supervisor.getId(),
        Map.of("overdueAction", "JUSTIFY", "overdueJustification", "Officer on sick leave."));
    assertThat(dossiers.view(dossier).path("timeline").findValuesAsText("event"))
        .contains("OVERDUE_JUSTIFIED");
  }

  @Test
  void escalatesAResidencePartOverdueAfterTwoWorkingDaysWhileThePoliceGoOn() {
    String dossier =
        file(
            "074190161421",
            "CS-2026-000018",
            "2026-09-13",
            "031093803351",
            atParent("074190161421"));
    officers.approveAndSignBirth(dossier);
    officers.runJobs(dossier);
    Task police = officers.task(dossier, "Task_ReviewDossier");
    assertThat(police.getName()).startsWith("Đăng ký thường trú cho trẻ");

    Job timer = officers.frameJob(dossier, "Event_DossierOverdue");
    assertPartDueAfterTwoWorkingDays(dossier, timer, police);
    management.executeJob(timer.getId());

    assertThat(dossiers.candidateGroups(officers.task(dossier, "Task_HandleOverdueDossier")))
        .containsExactly("province-79-supervisors");
    assertThat(officers.task(dossier, "Task_ReviewDossier").getId()).isEqualTo(police.getId());
  }

  @Test
  void escalatesAHealthCardPartOverdueAfterTwoWorkingDaysWhileSocialSecurityGoesOn() {
    String dossier =
        file(
            "046187718664",
            "CS-2026-000019",
            "2026-09-11",
            "040090139319",
            atParent("046187718664"));
    throughBirthAndResidence(dossier);
    Task socialSecurity = officers.task(dossier, "Task_ReviewDossier");
    assertThat(socialSecurity.getName()).startsWith("Cấp thẻ BHYT cho trẻ dưới 6 tuổi");

    Job timer = officers.frameJob(dossier, "Event_DossierOverdue");
    assertPartDueAfterTwoWorkingDays(dossier, timer, socialSecurity);
    management.executeJob(timer.getId());

    assertThat(dossiers.candidateGroups(officers.task(dossier, "Task_HandleOverdueDossier")))
        .containsExactly("province-46-supervisors");
    assertThat(officers.task(dossier, "Task_ReviewDossier").getId())
        .isEqualTo(socialSecurity.getId());
  }

  /**
   * A crash after the registry committed but before the engine did: the registry write commits in
   * its own transaction and the engine's is rolled back. Running the job again must find the first
   * write, never make a second record, PIN, residence, card or wallet copy.
   */
  @Test
  void neverWritesTwiceWhenAWriteBackJobIsRetriedAfterACrash() {
    String dossier =
        file(
            "066186684989",
            "CS-2026-000033",
            "2026-10-12",
            "040084712155",
            atParent("066186684989"));
    officers.approveAndSignBirth(dossier);

    for (String writeBack :
        List.of(
            "Task_CreateBirthRecord",
            "Task_RegisterChildInPopulation",
            "Task_LinkChildPinToBirth",
            "Task_IssueBirthExtract",
            "Task_DeliverBirthExtract")) {
      crashAfterRunning(officers.job(dossier, writeBack));
      management.executeJob(officers.job(dossier, writeBack).getId());
    }
    String childPin = (String) officers.variable(dossier, "childPin");
    officers.approvePart(dossier);
    for (String writeBack :
        List.of(
            "Task_RegisterPermanentResidence",
            "Task_IssueResidenceConfirmation",
            "Task_DeliverResidenceConfirmation")) {
      crashAfterRunning(officers.job(dossier, writeBack));
      management.executeJob(officers.job(dossier, writeBack).getId());
    }
    officers.approvePart(dossier);
    for (String writeBack :
        List.of(
            "Task_IssueHealthInsuranceCard",
            "Task_IssueHealthCardResult",
            "Task_DeliverHealthCard")) {
      crashAfterRunning(officers.job(dossier, writeBack));
      management.executeJob(officers.job(dossier, writeBack).getId());
    }

    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("COMPLETED");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_civil_status_birth where mother_pin = ?"
                    + " and date_of_birth = ?",
                Integer.class,
                "066186684989",
                LocalDate.parse("2026-10-12")))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_population_citizen where mother_pin = ?"
                    + " and date_of_birth = ?",
                Integer.class,
                "066186684989",
                LocalDate.parse("2026-10-12")))
        .isEqualTo(1);
    assertThat(cardsOf(childPin)).isEqualTo(1);
    assertThat(walletDocumentTypes("066186684989"))
        .containsExactlyInAnyOrder(
            "BIRTH_EXTRACT", "RESIDENCE_CONFIRMATION", "HEALTH_INSURANCE_CARD");
    assertThat(dossiers.view(dossier).path("result").path("parts").size()).isEqualTo(3);
  }

  @Test
  void aChildAlreadyInsuredKeepsTheCardItHasAndTheRegistryIsNotAskedForAnOverlappingOne() {
    String dossier =
        file(
            "040197466264",
            "CS-2026-000035",
            "2026-09-08",
            "040095578210",
            atParent("040197466264"));
    officers.approveAndSignBirth(dossier);
    officers.runJobs(dossier);
    String childPin = (String) officers.variable(dossier, "childPin");
    // Issued at the hospital, before the dossier reached social security.
    insertCard("TE4IB0000000035", childPin);
    officers.approvePart(dossier);
    officers.runJobs(dossier);

    assertThat(officers.variable(dossier, "childHasValidCard")).isEqualTo(true);
    officers.approvePart(dossier);
    officers.runJobs(dossier);

    assertThat(dossiers.passedActivities(dossier))
        .contains("EndEvent_Completed")
        .doesNotContain("Task_IssueHealthInsuranceCard");
    assertThat(part(dossiers.view(dossier), "HEALTH_INSURANCE_CARD").path("cardNo").asText())
        .isEqualTo("TE4IB0000000035");
    assertThat(cardsOf(childPin)).isEqualTo(1);
  }

  /**
   * A card that reaches the registry between the look-up and the issue (a race) is refused by the
   * registry as overlapping: the job fails, and once its retries are spent an incident waits for an
   * officer — the registry never holds two cards, and the dossier never completes on a refusal.
   */
  @Test
  void anOverlappingCardRefusedByTheRegistryLeavesAnIncidentNotASecondCard() {
    String dossier =
        file(
            "004197287492",
            "CS-2026-000053",
            "2026-10-27",
            "048098365166",
            atParent("004197287492"));
    throughBirthAndResidence(dossier);
    String childPin = (String) officers.variable(dossier, "childPin");
    officers.approvePart(dossier);
    insertCard("TE4IB0000000053", childPin);

    // Every retry meets the same refusal, until the retries of the configured cycle are spent.
    for (Job issue = officers.job(dossier, "Task_IssueHealthInsuranceCard");
        issue.getRetries() > 0;
        issue = officers.job(dossier, "Task_IssueHealthInsuranceCard")) {
      String jobId = issue.getId();
      assertThatThrownBy(() -> management.executeJob(jobId))
          .hasMessageContaining("already has a card");
    }

    Incident incident =
        runtime
            .createIncidentQuery()
            .processInstanceId(officers.instance(dossier).getId())
            .singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Task_IssueHealthInsuranceCard");
    assertThat(cardsOf(childPin)).isEqualTo(1);
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
  }

  @Test
  void sendsAnUndigitisedMarriageOfTheParentsToTheOfficersVerificationBeforeTheReview() {
    // CS-2026-000024: population says married, civil status has no marriage (both parents).
    String dossier =
        file(
            "048188435374",
            "CS-2026-000024",
            "2026-10-06",
            "048089561724",
            atParent("048188435374"));

    Task verification = officers.task(dossier, "Task_VerifyRegistryData");
    assertThat(dossiers.candidateGroups(verification))
        .containsExactly("commune-48219-civil-status");
    assertThat(officers.variable(dossier, "verificationReason").toString())
        .contains("MARRIAGE_NOT_DIGITISED");
    assertThat(dossiers.view(dossier).path("requiredDocuments")).isEmpty();

    tasks.complete(
        verification.getId(),
        Map.of(
            "verificationOutcome",
            "CONFIRMED",
            "verificationNote",
            "Marriage found in the 2015 paper register."));

    assertThat(officers.task(dossier, "Task_ReviewDossier")).isNotNull();
    assertThat(dossiers.view(dossier).path("dueDate").isNull()).isFalse();
  }

  @Test
  void refusesWhenTheVerificationFindsTheBirthCannotBeRegisteredAsDeclared() {
    // CS-2026-000006: the mother's own birth was never digitised (BIRTH_NOT_DIGITISED).
    String dossier =
        file(
            "040187116514",
            "CS-2026-000006",
            "2026-10-18",
            "083085800344",
            atParent("040187116514"));

    tasks.complete(
        officers.task(dossier, "Task_VerifyRegistryData").getId(),
        Map.of(
            "verificationOutcome",
            "NOT_ELIGIBLE",
            "verificationNote",
            "The mother's identity could not be confirmed from the paper register."));

    assertThat(dossiers.passedActivities(dossier))
        .contains("EndEvent_RefusedAfterVerification")
        .doesNotContain("Task_CreateBirthRecord");
    assertThat(officers.framePassedActivities(dossier))
        .contains("EndEvent_RefusedAfterVerification")
        .doesNotContain("Task_ReviewDossier");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText()).contains("paper register");
  }

  // ------------------------------------------------------------------------------------------

  private String file(
      String applicantPin,
      String certificateNo,
      String dateOfBirth,
      String otherParentPin,
      ObjectNode residence) {
    ObjectNode data = dossiers.object();
    data.putObject("child")
        .put("fullName", "Nguyễn Liên Thông")
        .put("gender", "MALE")
        .put("dateOfBirth", dateOfBirth)
        .put("placeOfBirth", "Bệnh viện Sản Nhi");
    data.put("birthCertificateNo", certificateNo);
    if (otherParentPin != null) {
      data.put("otherParentPin", otherParentPin);
    }
    data.set("residence", residence);
    return dossiers.file("interlinked-birth", applicantPin, data);
  }

  private ObjectNode atParent(String parentPin) {
    return dossiers.object().put("sameAsParentPin", parentPin);
  }

  /** The birth signed and written back, then the residence registered: the card part is next. */
  private void throughBirthAndResidence(String dossier) {
    officers.approveAndSignBirth(dossier);
    officers.runJobs(dossier);
    officers.approvePart(dossier);
    officers.runJobs(dossier);
  }

  /**
   * A later part's share of the limit is 2 working days: the frame's overdue timer fires on the
   * part's own due date, and the authority's task is due no later.
   */
  private void assertPartDueAfterTwoWorkingDays(String dossier, Job timer, Task task) {
    String frame = officers.frame(dossier).getId();
    assertThat(runtime.getVariable(frame, "partWorkingDays")).isEqualTo(2);
    assertThat(timer.getDuedate()).isEqualTo(runtime.getVariable(frame, "partDueDate"));
    assertThat(task.getDueDate()).isBeforeOrEqualTo(timer.getDuedate());
  }

  private void crashAfterRunning(Job job) {
    transaction.executeWithoutResult(
        status -> {
          management.executeJob(job.getId());
          status.setRollbackOnly();
        });
  }

  private static JsonNode part(JsonNode view, String document) {
    for (JsonNode part : view.path("result").path("parts")) {
      if (document.equals(part.path("document").asText())) {
        return part;
      }
    }
    throw new AssertionError("No part " + document + " in " + view.path("result"));
  }

  private Map<String, Object> residenceOf(String pin) {
    return jdbc.queryForMap(
        "select residence_commune_code, residence_address, residence_legacy_address, household_id"
            + " from sandbox_population_citizen where pin = ?",
        pin);
  }

  private int cardsOf(String holderPin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_health_insurance_card where holder_pin = ?",
        Integer.class,
        holderPin);
  }

  private void insertCard(String cardNo, String holderPin) {
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    jdbc.update(
        "insert into sandbox_health_insurance_card (card_no, holder_pin, household_id, category,"
            + " valid_from, valid_to) values (?, ?, null, 'CHILD_UNDER_6', ?, ?)",
        cardNo,
        holderPin,
        today.minusDays(10),
        today.plusYears(1));
  }

  private List<String> walletDocumentTypes(String holderPin) {
    return jdbc.queryForList(
        "select document_type from sandbox_wallet_document where holder_pin = ?",
        String.class,
        holderPin);
  }
}
