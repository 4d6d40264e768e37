package vn.dvc.procedure.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.payment.LedgerState;
import vn.dvc.payment.PaymentLedger;
import vn.dvc.population.Pin;
import vn.dvc.registry.payment.PaymentRequest;
import vn.dvc.registry.payment.PaymentState;

/** The "issue result" step, as a model uses it through its element template. */
@DvcSpringBootTest
class IssueResultProcessTest {

  private static final String PIN = "001090937233";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired PaymentLedger ledger;

  private String deployment;

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void issuesTheResultFromTheDocumentTypeNumberPatternFactsAndPeopleOnceWhenRetried()
      throws Exception {
    String dossier = bareDossier();
    ProcessInstance instance = run(dossier, "${false}");
    Job issue = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    management.executeJob(issue.getId());

    JsonNode result = resultOf(dossier);
    assertThat(result.path("outcome").asText()).isEqualTo("ISSUED");
    assertThat(result.path("document").asText()).isEqualTo("TEST_EXTRACT");
    assertThat(result.path("extractNo").asText()).isEqualTo("TL-01100-7/2026");
    assertThat(result.path("registrationNo").asText()).isEqualTo("7/2026");
    assertThat(result.path("late").asBoolean()).isTrue();
    assertThat(result.path("applicantPin").asText()).isEqualTo(PIN);
    assertThat(result.path("applicantFullName").asText()).isNotBlank();
    assertThat(result.path("holders")).hasSize(1);
    assertThat(result.path("holders").get(0).path("fullName").asText()).isNotBlank();
    assertThat(result.path("registeredBy").asText())
        .startsWith("UBND — ")
        .doesNotContain("{")
        .contains("Hà Nội");
    assertThat(result.path("issuedOn").asText()).isNotBlank();
    assertThat(result.has("receipt")).as("no fee paid, no receipt").isFalse();
    assertThat(runtime.getVariable(instance.getId(), "testExtractNo")).isEqualTo("TL-01100-7/2026");
    assertThat(runtime.getVariable(instance.getId(), "fields")).isNull();
  }

  @Test
  void carriesTheReceiptOfTheFeePaidForTheDossier() throws Exception {
    String dossier = bareDossier();
    String requestId = "PAY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Instant paidAt = Instant.parse("2026-12-01T03:00:00Z");
    ledger.open(
        new PaymentRequest(
            requestId,
            dossier,
            10_000,
            Pin.of(PIN),
            "Phí, lệ phí",
            PaymentState.PENDING,
            "https://pay.example/" + requestId,
            paidAt.plusSeconds(86_400),
            null,
            null,
            null),
        paidAt.plusSeconds(86_400));
    ledger.settle(requestId, LedgerState.PAID, 10_000, paidAt, "TX-1");
    ledger.setReceiptNo(requestId, "BL-TEST-1");
    ProcessInstance instance = run(dossier, "${false}");
    management.executeJob(
        management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());

    JsonNode receipt = resultOf(dossier).path("receipt");
    assertThat(receipt.path("receiptNo").asText()).isEqualTo("BL-TEST-1");
    assertThat(receipt.path("amountVnd").asLong()).isEqualTo(10_000);
    assertThat(receipt.path("amount").asText()).isEqualTo("10.000 ₫");
    assertThat(receipt.path("paidAt").asText()).isEqualTo("2026-12-01T03:00:00Z");
    assertThat(receipt.path("payerPin").asText()).isEqualTo(PIN);
  }

  @Test
  void addsTheResultAsOnePartOfAnInterlinkedResult() throws Exception {
    String dossier = bareDossier();
    ProcessInstance instance = run(dossier, "${true}");
    management.executeJob(
        management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());

    JsonNode result = resultOf(dossier);
    assertThat(result.path("parts")).hasSize(1);
    assertThat(result.path("parts").get(0).path("document").asText()).isEqualTo("TEST_EXTRACT");
  }

  private ProcessInstance run(String dossier, String asPart) {
    String xml =
        """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_IssueResult"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="issue-result-test" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Ready" />
            <bpmn:sequenceFlow id="Flow_ToIssue" sourceRef="StartEvent_Ready" targetRef="Task_IssueResult" />
            <bpmn:serviceTask id="Task_IssueResult" camunda:modelerTemplate="vn.dvc.result.issueResult"
                camunda:asyncBefore="true" camunda:delegateExpression="${issueResult}">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="documentType">TEST_EXTRACT</camunda:inputParameter>
                  <camunda:inputParameter name="numberField">extractNo</camunda:inputParameter>
                  <camunda:inputParameter name="numberPattern">TL-{communeCode}-{registrationNo}</camunda:inputParameter>
                  <camunda:inputParameter name="fields">registrationNo, late=lateRegistration</camunda:inputParameter>
                  <camunda:inputParameter name="people">applicant=applicantPin, holders[]=holderPins</camunda:inputParameter>
                  <camunda:inputParameter name="registeredBy">UBND — {communeName}, {provinceName}</camunda:inputParameter>
                  <camunda:inputParameter name="asPart">%s</camunda:inputParameter>
                  <camunda:outputParameter name="testExtractNo">${resultNo}</camunda:outputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="Flow_ToWait" sourceRef="Task_IssueResult" targetRef="Task_Inspect" />
            <bpmn:userTask id="Task_Inspect" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Inspect" targetRef="EndEvent_Done" />
            <bpmn:endEvent id="EndEvent_Done" />
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(asPart);
    deployment =
        repository.createDeployment().addString("issue-result-test.bpmn", xml).deploy().getId();
    return runtime.startProcessInstanceByKey(
        "issue-result-test",
        dossier,
        Map.of(
            "communeCode",
            "01100",
            "registrationNo",
            "7/2026",
            "lateRegistration",
            true,
            "applicantPin",
            PIN,
            "holderPins",
            PIN));
  }

  private JsonNode resultOf(String dossier) throws Exception {
    return json.readTree(
        jdbc.queryForObject("select result_json from dossier where id = ?", String.class, dossier));
  }

  private String bareDossier() {
    String id = "IR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Instant now = Instant.now();
    jdbc.update(
        "insert into dossier (id, procedure_key, applicant_pin, commune_code, status, data_json,"
            + " submitted_by, received_at, updated_at)"
            + " values (?, 'death-registration', ?, '01100', 'RECEIVED', '{}', 'result-test', ?, ?)",
        id,
        PIN,
        Timestamp.from(now),
        Timestamp.from(now));
    return id;
  }
}
