package vn.dvc.procedure.landchangeregistration;

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
import vn.dvc.api.ApiProblem;
import vn.dvc.dossier.DossierFixtures;
import vn.dvc.population.Pin;
import vn.dvc.procedure.DossierJobs;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.notarization.NotarizationRegistry;

/**
 * Every path of {@code processes/land-change-registration.bpmn}, on the real engine with the
 * sandbox registries. The job executor is off: the tests run the write-back jobs through the
 * engine's API. Each test has its own parcel and people from sandbox-data/ (the database is shared
 * between test classes); notarization starts empty, so the tests add their contracts through the
 * sandbox's seeding endpoint.
 */
@DvcSpringBootTest
class LandChangeRegistrationProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationContext context;
  @Autowired NotarizationRegistry notarization;

  DossierFixtures dossiers;

  @BeforeEach
  void setUp() {
    init(engine);
    dossiers = new DossierFixtures(context);
  }

  @Test
  void transfersTheParcelWithoutAskingForTheContractNotarizationHolds() {
    // DF625121 (01100-50-0165): sole owner 001092945322 sells to 001052919904.
    notarize("TESTL-0001/2026/CC", "LAND_TRANSFER", "DF625121", "001092945322", "001052919904");
    String dossier = file("001092945322", "01100-50-0165", "TRANSFER", null, "001052919904");
    ProcessInstance instance = instanceOf(dossier);

    assertThat(instance)
        .hasPassed(
            "Task_LookUpParcel",
            "Task_FindNotarizedContract",
            "Task_LookUpReceivingParty",
            "Task_LookUpOwnerInPopulation",
            "Task_LookUpOwnerDeath",
            "Task_CheckPartyRecords",
            "Task_AssessParties",
            "Task_DecideEligibility")
        .isWaitingAt("CallActivity_HandleDossier");
    assertThat(frameOf(instance))
        .hasPassed("Task_DecideRequiredDocuments")
        .isWaitingAt("Task_ReviewDossier");
    assertThat(runtime.getVariables(instance.getId()))
        .containsEntry("eligibility", "ELIGIBLE")
        .containsEntry("contractFound", true)
        .containsEntry("foundContractNo", "TESTL-0001/2026/CC")
        .containsEntry("newOwnerPins", "001052919904")
        .containsEntry("provinceCode", "01");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(view.path("requiredDocuments")).isEmpty();
    assertThat(view.path("satisfiedByData").findValuesAsText("type"))
        .containsExactlyInAnyOrder("LAND_TRANSFER_CONTRACT", "LAND_USE_CERTIFICATE", "ID_CARD");

    Task review = task(dossier);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(review.getName()).startsWith("Xem xét hồ sơ đăng ký biến động đất đai · " + dossier);
    assertThat(dossiers.candidateGroups(review)).containsExactly("province-01-land-registry");
    assertThat((String) tasks.getVariableLocal(review.getId(), "dossierFacts"))
        .contains("Chủ sử dụng hiện tại (đăng ký đất đai): 001092945322")
        .contains("Chủ sử dụng sau biến động: 001052919904")
        .contains("Số hợp đồng (công chứng): TESTL-0001/2026/CC");
    tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVE"));
    Task sign = task(dossier);
    assertThat(sign.getTaskDefinitionKey()).isEqualTo("Task_SignDossier");
    assertThat(sign.getName()).startsWith("Ký đăng ký biến động đất đai · " + dossier);
    assertThat(dossiers.candidateGroups(sign)).containsExactly("province-01-land-registry");
    tasks.complete(sign.getId(), Map.of("signDecision", "SIGN"));
    new DossierJobs(runtime, management).run(instance.getBusinessKey());

    assertThat(instance).isEnded().hasPassed("EndEvent_ChangeRegistered");
    assertThat(ownersOf("DF625121")).containsExactly("001052919904");
    view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
    JsonNode result = view.path("result");
    assertThat(result.path("document").asText()).isEqualTo("LAND_CHANGE_CONFIRMATION");
    assertThat(result.path("confirmationNo").asText()).isEqualTo("XNBD-DF625121-" + dossier);
    assertThat(result.path("contractNo").asText()).isEqualTo("TESTL-0001/2026/CC");
    assertThat(result.path("formerOwners").findValuesAsText("pin")).containsExactly("001092945322");
    assertThat(result.path("newOwners").findValuesAsText("pin")).containsExactly("001052919904");
    assertThat(result.path("newOwners").findValuesAsText("fullName"))
        .allSatisfy(n -> assertThat(n).isNotBlank());
    assertThat(result.path("formerOwners").findValuesAsText("fullName"))
        .allSatisfy(n -> assertThat(n).isNotBlank());
    assertThat(result.path("parcelId").asText()).isEqualTo("01100-50-0165");
    assertThat(result.path("changeType").asText()).isEqualTo("TRANSFER");
    assertThat(result.path("registeredBy").asText())
        .isEqualTo("Chi nhánh Văn phòng đăng ký đất đai — Thành phố Hà Nội");
    assertThat(result.path("issuedOn").asText()).isNotBlank();
    assertThat(walletCopies("001052919904")).isEqualTo(1);
  }

  @Test
  void asksForTheContractNotarizationDoesNotHoldAndGoesOnOnceItIsSupplied() {
    // DG844503 (01100-39-0581): sole owner 001052800546 gives it to 001053185414, on paper.
    String dossier = file("001052800546", "01100-39-0581", "GIFT", null, "001053185414");
    ProcessInstance instance = instanceOf(dossier);

    assertThat(frameOf(instance)).isWaitingAt("CallActivity_AwaitSupplementaryDocuments");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(view.path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("LAND_TRANSFER_CONTRACT");
    assertThat(view.path("requiredDocuments").get(0).path("reason").asText())
        .contains("notarized gift contract");

    dossiers.supply(dossier, "LAND_TRANSFER_CONTRACT");

    assertThat(frameOf(instance)).isWaitingAt("SubProcess_ProcessDossier");
    assertThat(task(dossier).getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("IN_REVIEW");
  }

  @Test
  void refusesAMortgagedParcelWithTheReason() {
    // DF425292 (01100-32-0264) is mortgaged.
    String dossier = file("001082258640", "01100-32-0264", "TRANSFER", null, "001053847856");

    assertThat(passedActivities(dossier))
        .contains("EndEvent_NotEligible")
        .doesNotContain("CallActivity_HandleDossier");
    assertThat(framesStarted(dossier)).as("no documents decided, no review").isZero();
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText()).contains("mortgaged");
    assertThat(ownersOf("DF425292")).containsExactly("001082258640", "075180844307");
  }

  @Test
  void refusesAnApplicantWhoIsNotAnOwner() {
    // 001053847856 owns no land; DB389370 (01100-57-0728) belongs to two others.
    String dossier = file("001053847856", "01100-57-0728", "TRANSFER", null, "001054766714");

    assertThat(passedActivities(dossier)).contains("EndEvent_NotEligible");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText()).contains("not an owner");
  }

  @Test
  void endsRefusedWithTheOfficersReason() {
    // DK525160 (01100-11-0729): both co-owners give it to 001059386245.
    notarize(
        "TESTL-0002/2026/CC", "GIFT", "DK525160", "001157181424", "001052206500", "001059386245");
    String dossier = file("001157181424", "01100-11-0729", "GIFT", null, "001059386245");

    tasks.complete(
        task(dossier).getId(),
        Map.of("reviewDecision", "REFUSE", "refusalReason", "The donors withdrew the gift."));

    assertThat(passedActivities(dossier))
        .contains("EndEvent_NotApproved")
        .doesNotContain("Task_ChangeLandOwners");
    assertThat(passedFrameActivities(dossier))
        .contains("EndEvent_Refused")
        .doesNotContain("Task_SignDossier");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("result").path("reason").asText())
        .isEqualTo("The donors withdrew the gift.");
    assertThat(ownersOf("DK525160")).containsExactly("001052206500", "001157181424");
  }

  /**
   * A crash after the land registry committed but before the engine did: the job runs, the
   * registry's write commits in its own transaction, and the engine's transaction is rolled back.
   * Running the job again must find the first change, not register a second one; each of the two
   * new owners gets one copy of the confirmation.
   */
  @Test
  void neverRegistersTheChangeTwiceWhenTheWriteBackIsRetriedAfterACrash() {
    // DG526568 (01100-13-0127): both co-owners sell to two buyers.
    notarize(
        "TESTL-0003/2026/CC",
        "LAND_TRANSFER",
        "01100-13-0127",
        "001163913869",
        "034063667787",
        "001057725514",
        "001057857034");
    String dossier =
        file(
            "001163913869",
            "01100-13-0127",
            "TRANSFER",
            "TESTL-0003/2026/CC",
            "001057725514",
            "001057857034");
    ProcessInstance instance = instanceOf(dossier);
    tasks.complete(task(dossier).getId(), Map.of("reviewDecision", "APPROVE"));
    tasks.complete(task(dossier).getId(), Map.of("signDecision", "SIGN"));

    Job writeBack = job(instance, "Task_ChangeLandOwners");
    transaction.executeWithoutResult(
        status -> {
          management.executeJob(writeBack.getId());
          status.setRollbackOnly();
        });
    assertThat(changesOf("DG526568")).isEqualTo(1);
    new DossierJobs(runtime, management).run(instance.getBusinessKey());

    assertThat(instance).isEnded();
    assertThat(changesOf("DG526568")).isEqualTo(1);
    assertThat(landWrites(dossier)).isEqualTo(1);
    assertThat(ownersOf("DG526568")).containsExactly("001057725514", "001057857034");
    assertThat(walletCopies("001057725514")).isEqualTo(1);
    assertThat(walletCopies("001057857034")).isEqualTo(1);
  }

  @Test
  void registersTheInheritanceOfADeceasedCoOwnersShareForTheSurvivingOwnerAndTheHeir() {
    // DK853546 (01114-33-0516): co-owner 082147421150 has died; the surviving co-owner files for
    // the heir 001054766714, with the inheritance document in notarization.
    notarize("TESTL-0004/2026/CC", "INHERITANCE", "DK853546", "001051603537", "001054766714");
    String dossier = file("001051603537", "01114-33-0516", "INHERITANCE", null, "001054766714");
    ProcessInstance instance = instanceOf(dossier);

    assertThat(runtime.getVariables(instance.getId()))
        .containsEntry("eligibility", "ELIGIBLE")
        .containsEntry("deceasedOwnerPins", "082147421150")
        .containsEntry("newOwnerPins", "001051603537,001054766714");
    assertThat(dossiers.view(dossier).path("satisfiedByData").findValuesAsText("type"))
        .contains("LAND_TRANSFER_CONTRACT", "DEATH_CERTIFICATE");
    tasks.complete(task(dossier).getId(), Map.of("reviewDecision", "APPROVE"));
    tasks.complete(task(dossier).getId(), Map.of("signDecision", "SIGN"));
    new DossierJobs(runtime, management).run(instance.getBusinessKey());

    assertThat(instance).isEnded();
    assertThat(ownersOf("DK853546")).containsExactly("001051603537", "001054766714");
  }

  /**
   * A new user's first dossier: the sole owner names themselves as the buyer. Nothing changes
   * hands, so it is refused while it is filed, with the reason in Vietnamese first, and the citizen
   * is not asked for a contract.
   */
  @Test
  void refusesATransferToThePartysSoleCurrentOwner() {
    // DH504496 (01107-06-0132): sole owner 001057171945, unmortgaged.
    String dossier = file("001057171945", "01107-06-0132", "TRANSFER", null, "001057171945");

    assertThat(passedActivities(dossier))
        .contains("EndEvent_NotEligible")
        .doesNotContain("CallActivity_HandleDossier");
    assertThat(framesStarted(dossier)).isZero();
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.path("requiredDocuments")).isEmpty();
    assertThat(view.path("result").path("reason").asText())
        .startsWith("The receiving party already owns the parcel")
        .contains("nothing changes hands");
    assertThat(ownersOf("DH504496")).containsExactly("001057171945");
  }

  @Test
  void refusesAtFilingAnUnknownParcelAndADuplicatedOneItCannotTellApart() {
    assertThatThrownBy(
            () -> file("001092945322", "99999-99-9999", "TRANSFER", null, "001052919904"))
        .isInstanceOfSatisfying(
            ApiProblem.class, p -> assertThat(p.type()).endsWith("unknown-parcel"));
    // 40156-54-0212 is held twice; 001052919904 owns neither.
    assertThatThrownBy(
            () -> file("001052919904", "40156-54-0212", "TRANSFER", null, "001053185414"))
        .isInstanceOfSatisfying(
            ApiProblem.class, p -> assertThat(p.type()).endsWith("ambiguous-parcel"));
  }

  private void notarize(String contractNo, String type, String subject, String... parties) {
    if (notarization.findContract(contractNo).isPresent()) {
      return;
    }
    ObjectNode body =
        dossiers
            .object()
            .put("contractNo", contractNo)
            .put("contractType", type)
            .put("notaryOffice", "Văn phòng công chứng Hoàn Kiếm")
            .put("notarizedOn", LocalDate.of(2026, 10, 1).toString())
            .put("subject", "Quyền sử dụng đất, giấy chứng nhận " + subject);
    body.putArray("partyPins").addAll(List.of(parties).stream().map(body::textNode).toList());
    context
        .getBean(org.springframework.boot.test.web.client.TestRestTemplate.class)
        .withBasicAuth(
            context.getBean(vn.dvc.sandbox.SandboxServerProperties.class).username(),
            context.getBean(vn.dvc.sandbox.SandboxServerProperties.class).password())
        .postForEntity("/sandbox/notarization/contracts", body, String.class);
    assertThat(notarization.findContract(contractNo)).isPresent();
  }

  private String file(
      String applicant, String parcelId, String changeType, String contractNo, String... toPins) {
    ObjectNode data = dossiers.object().put("parcelId", parcelId).put("changeType", changeType);
    data.putArray("toPins").addAll(List.of(toPins).stream().map(data::textNode).toList());
    if (contractNo != null) {
      data.put("contractNo", contractNo);
    }
    return dossiers.file("land-change-registration", applicant, data);
  }

  /** The dossier's own instance: the called blocks' instances carry the same business key. */
  private ProcessInstance instanceOf(String dossier) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(dossier)
        .processDefinitionKey("land-change-registration")
        .singleResult();
  }

  /** The frame the procedure called for the dossier (its review, signature and supplements). */
  private ProcessInstance frameOf(ProcessInstance instance) {
    return runtime
        .createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId())
        .processDefinitionKey("handle-dossier")
        .singleResult();
  }

  private long framesStarted(String dossier) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(dossier)
        .processDefinitionKey("handle-dossier")
        .count();
  }

  private List<String> passedActivities(String dossier) {
    return passedActivities(dossier, "land-change-registration");
  }

  private List<String> passedFrameActivities(String dossier) {
    return passedActivities(dossier, "handle-dossier");
  }

  private List<String> passedActivities(String dossier, String processKey) {
    String instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(dossier)
            .processDefinitionKey(processKey)
            .finished()
            .singleResult()
            .getId();
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance).list().stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  private Task task(String dossier) {
    return tasks.createTaskQuery().processInstanceBusinessKey(dossier).singleResult();
  }

  private Job job(ProcessInstance instance, String activity) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activity)
        .singleResult();
  }

  private List<String> ownersOf(String certificateNo) {
    return jdbc.queryForList(
        "select owner_pin from sandbox_land_parcel_owner where certificate_no = ? order by owner_pin",
        String.class,
        certificateNo);
  }

  private int changesOf(String certificateNo) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_land_owner_change where certificate_no = ?",
        Integer.class,
        certificateNo);
  }

  private int landWrites(String dossier) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_write where registry = 'land' and idempotency_key = ?",
        Integer.class,
        IdempotencyKey.of(dossier, "Task_ChangeLandOwners").value());
  }

  private int walletCopies(String holderPin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_wallet_document where holder_pin = ?",
        Integer.class,
        Pin.of(holderPin).value());
  }
}
