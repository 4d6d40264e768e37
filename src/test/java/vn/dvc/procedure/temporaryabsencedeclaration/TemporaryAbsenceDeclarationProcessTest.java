package vn.dvc.procedure.temporaryabsencedeclaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierFixtures;
import vn.dvc.population.Pin;
import vn.dvc.procedure.DossierJobs;
import vn.dvc.registry.IdempotencyKey;

/**
 * Every path of {@code processes/temporary-absence-declaration.bpmn} on the real engine with the
 * sandbox registries: declared and recorded, refused by the commune police, refused at filing as
 * not needed. The frame's tasks live in the frame's instance under the same dossier code. The job
 * executor is off: the tests run the write-back jobs through the engine's API.
 */
@DvcSpringBootTest
class TemporaryAbsenceDeclarationProcessTest {

  private static final String KEY = "temporary-absence-declaration";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;

  DossierFixtures dossiers;

  @BeforeEach
  void setUp() {
    init(engine);
    dossiers = new DossierFixtures(context);
  }

  @Test
  void recordsTheAbsenceAndDeliversTheConfirmationOnceThePoliceApprove() {
    // Võ Đức Tuấn lives in Ba Đình (01100) and goes to work in Sài Gòn for two years.
    String dossier = file("001052206500", "2026-12-01", "2028-11-30", "79233", null);
    ProcessInstance instance = instanceOf(dossier);

    assertThat(instance)
        .hasPassed("Task_LookUpApplicant", "Task_CheckApplicantRecords", "Task_DecideEligibility")
        .isWaitingAt("CallActivity_HandleDossier");
    assertThat(runtime.getVariables(instance.getId()))
        .containsEntry("eligibility", "ELIGIBLE")
        .containsEntry("communeCode", "01100")
        .containsEntry("applicantFound", true);
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(view.path("requiredDocuments")).isEmpty();
    assertThat(view.path("satisfiedByData").findValuesAsText("type")).containsExactly("ID_CARD");
    assertThat(view.path("dueDate").isNull()).isFalse();

    Task review = task(dossier);
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewDossier");
    assertThat(review.getName()).startsWith("Xem xét khai báo tạm vắng · " + dossier);
    assertThat(review.getCamundaFormRef().getKey()).isEqualTo("review-dossier");
    assertThat(review.getDueDate()).isNotNull();
    assertThat(dossiers.candidateGroups(review)).containsExactly("commune-01100-police");
    assertThat((String) tasks.getVariableLocal(review.getId(), "dossierFacts"))
        .contains("Vắng mặt từ ngày: 2026-12-01")
        .contains("Vắng mặt đến ngày: 2028-11-30")
        .contains("Nơi đến (mã xã, phường): 79233");

    tasks.complete(review.getId(), Map.of("reviewDecision", "APPROVE"));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossier).count())
        .as("no signature")
        .isZero();
    new DossierJobs(runtime, management).run(dossier);

    assertThat(instance)
        .isEnded()
        .hasPassed(
            "Task_RecordTemporaryAbsence",
            "Task_IssueAbsenceConfirmation",
            "CallActivity_DeliverConfirmation",
            "EndEvent_AbsenceDeclared");
    Map<String, Object> absence =
        jdbc.queryForMap(
            "select * from sandbox_population_temporary_absence where absence_no = ("
                + " select reference from sandbox_write where idempotency_key = ?)",
            IdempotencyKey.of(dossier, "Task_RecordTemporaryAbsence").value());
    assertThat(absence)
        .containsEntry("pin", "001052206500")
        .containsEntry("residence_commune_code", "01100")
        .containsEntry("destination_commune_code", "79233")
        .containsEntry("reason", "Đi làm việc");
    view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("COMPLETED");
    JsonNode result = view.path("result");
    assertThat(result.path("document").asText()).isEqualTo("TEMPORARY_ABSENCE_CONFIRMATION");
    assertThat(result.path("extractNo").asText())
        .isEqualTo("XNTV-01100-" + absence.get("absence_no"));
    assertThat(result.path("registeredBy").asText()).isEqualTo("Công an Phường Ba Đình");
    assertThat(result.path("absenceNo").asText()).isEqualTo(absence.get("absence_no"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();
    assertThat(result.path("declarantPin").asText()).isEqualTo("001052206500");
    assertThat(result.path("declarantFullName").asText()).isEqualTo("Võ Đức Tuấn");
    assertThat(result.path("absentFrom").asText()).isEqualTo("2026-12-01");
    assertThat(result.path("absentUntil").asText()).isEqualTo("2028-11-30");
    assertThat(walletCopies("001052206500")).isEqualTo(1);
  }

  @Test
  void refusesWithThePolicesReasonAndWritesNothing() {
    String dossier = file("001055923776", "2026-12-01", "2029-01-01", null, "KR");
    ProcessInstance instance = instanceOf(dossier);

    tasks.complete(
        task(dossier).getId(),
        Map.of("reviewDecision", "REFUSE", "refusalReason", "Đang chấp hành án treo."));

    assertThat(instance).isEnded().hasPassed("EndEvent_NotApproved");
    assertThat(instance).hasNotPassed("Task_RecordTemporaryAbsence");
    JsonNode view = dossiers.view(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.toString()).contains("Đang chấp hành án treo.");
    assertThat(absencesOf("001055923776")).isZero();
  }

  @Test
  void refusesAtOnceAnAbsenceShorterThanTwelveMonthsAsNotNeeded() {
    String dossier = file("001052800546", "2026-12-01", "2027-06-30", "79233", null);

    assertThat(dossiers.passedActivities(dossier))
        .contains("Task_DecideEligibility", "EndEvent_NotEligible")
        .doesNotContain("CallActivity_HandleDossier");
    JsonNode view = dossiers.viewInVietnamese(dossier);
    assertThat(view.path("status").asText()).isEqualTo("REFUSED");
    assertThat(view.toString()).contains("dưới 12 tháng liên tục");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossier).count()).isZero();
  }

  @Test
  void refusesAtOnceADestinationInTheCommuneOfPermanentResidence() {
    String dossier = file("001053951316", "2026-12-01", "2028-06-30", "01100", null);

    assertThat(dossiers.passedActivities(dossier)).contains("EndEvent_NotEligible");
    assertThat(dossiers.viewInVietnamese(dossier).toString())
        .contains("chính xã, phường nơi bạn thường trú");
  }

  private String file(
      String applicant, String from, String until, String communeCode, String country) {
    ObjectNode data = dossiers.object().put("from", from).put("until", until);
    data.put("reason", "Đi làm việc");
    ObjectNode destination = data.putObject("destination");
    if (communeCode != null) {
      destination.put("communeCode", communeCode);
    } else {
      destination.put("abroadCountry", country);
    }
    return dossiers.file(KEY, applicant, data);
  }

  private ProcessInstance instanceOf(String dossier) {
    return dossiers.instanceOf(dossier);
  }

  private Task task(String dossier) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(dossier)
        .initializeFormKeys()
        .singleResult();
  }

  private int absencesOf(String pin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_population_temporary_absence where pin = ?",
        Integer.class,
        pin);
  }

  private int walletCopies(String holderPin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_wallet_document where holder_pin = ?",
        Integer.class,
        Pin.of(holderPin).value());
  }
}
