package vn.dvc.modelsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.DvcSpringBootTest;

/**
 * Issue 14, finding 1, over real HTTP as the analyst: a deployment is refused when its model would
 * run code the project did not review, and the analyst stays an analyst.
 */
@DvcSpringBootTest
class ModelDeploymentAttackTest {

  private static final String ATTACK = "analyst-becomes-admin";

  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void undoWhateverTheAttackDid() {
    // Without the guard the attack succeeds; the other tests of the shared context must not run
    // with an analyst who is an administrator.
    identity.deleteMembership("analyst", "camunda-admin");
    repository
        .createDeploymentQuery()
        .deploymentName(ATTACK)
        .list()
        .forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void analystCannotBecomeAdministratorByDeployingAnExpressionThatCallsTheIdentityService()
      throws Exception {
    String model =
        process(
            ATTACK,
            """
            <bpmn:startEvent id="StartEvent_Past">
              <bpmn:timerEventDefinition id="Timer_Past">
                <bpmn:timeDate xsi:type="bpmn:tFormalExpression">2020-01-01T00:00:00Z</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_ToGrant" sourceRef="StartEvent_Past" targetRef="Task_Grant" />
            <bpmn:serviceTask id="Task_Grant" camunda:expression="${execution.getProcessEngineServices().getIdentityService().createMembership('analyst','camunda-admin')}" />
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Grant" targetRef="EndEvent_Done" />
            <bpmn:endEvent id="EndEvent_Done" />
            """);

    HttpResponse<String> answer = deploy("analyst", ATTACK, ATTACK + ".bpmn", model);

    // The real proof: whatever timer the deployment brought is due, and runs.
    for (Job job : management.createJobQuery().processDefinitionKey(ATTACK).executable().list()) {
      management.executeJob(job.getId());
    }
    assertThat(identity.createUserQuery().userId("analyst").memberOfGroup("camunda-admin").count())
        .isZero();

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    JsonNode problem = json.readTree(answer.body());
    assertThat(problem.path("message").asText())
        .contains(ATTACK + ".bpmn")
        .contains("Task_Grant")
        .contains("getProcessEngineServices");
    assertThat(repository.createDeploymentQuery().deploymentName(ATTACK).count()).isZero();
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(ATTACK).count())
        .isZero();
  }

  @Test
  void scriptTaskIsRefusedOverRest() throws Exception {
    HttpResponse<String> answer =
        deploy(
            "analyst",
            ATTACK,
            "script-attack.bpmn",
            process(
                "script-attack",
                """
                <bpmn:startEvent id="StartEvent_1" />
                <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Script" />
                <bpmn:scriptTask id="Task_Script" scriptFormat="javascript">
                  <bpmn:script>java.lang.Runtime.getRuntime().exec("id")</bpmn:script>
                </bpmn:scriptTask>
                """));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(json.readTree(answer.body()).path("message").asText())
        .contains("script-attack.bpmn, element Task_Script: is a script task");
    assertThat(repository.createDeploymentQuery().deploymentName(ATTACK).count()).isZero();
  }

  @Test
  void decisionInJuelCallingTheEngineIsRefusedWithTheHarmlessModelBesideIt() throws Exception {
    String boundary = "----guard" + System.nanoTime();
    String decision =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Definitions_Attack" name="Attack" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="juel-attack" name="Attack" camunda:historyTimeToLive="1">
            <decisionTable id="DecisionTable_Attack">
              <input id="Input_1">
                <inputExpression id="InputExpression_Grant" typeRef="string" expressionLanguage="juel">
                  <text>${identityService.createMembership('analyst','camunda-admin')}</text>
                </inputExpression>
              </input>
              <output id="Output_1" name="x" typeRef="string" />
            </decisionTable>
          </decision>
        </definitions>
        """;
    HttpResponse<String> answer =
        send(
            "analyst",
            boundary,
            part(boundary, "deployment-name", null, ATTACK)
                + part(boundary, "harmless", "harmless-draft.bpmn", harmless("harmless-draft"))
                + part(boundary, "decision", "juel-attack.dmn", decision)
                + "--"
                + boundary
                + "--\r\n");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(json.readTree(answer.body()).path("message").asText())
        .contains("juel-attack.dmn, element InputExpression_Grant")
        .contains("identityService");
    // All or nothing: the harmless model beside it is not stored either.
    assertThat(repository.createDeploymentQuery().deploymentName(ATTACK).count()).isZero();
    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("harmless-draft")
                .count())
        .isZero();
  }

  @Test
  void analystStillDeploysAHarmlessModel() throws Exception {
    HttpResponse<String> answer =
        deploy("analyst", ATTACK, "harmless-model.bpmn", harmless("harmless-model"));

    // Camunda's REST API answers a created deployment with 200, not 201.
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("harmless-model")
                .count())
        .isEqualTo(1);
  }

  private static String harmless(String key) {
    return process(
        key,
        """
        <bpmn:startEvent id="StartEvent_Filed" />
        <bpmn:sequenceFlow id="Flow_ToReview" sourceRef="StartEvent_Filed" targetRef="Task_Review" />
        <bpmn:userTask id="Task_Review" camunda:candidateGroups="${'commune-'.concat(communeCode).concat('-civil-status')}" camunda:dueDate="${dossierClock.handlingDueDate(execution)}" />
        <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Review" targetRef="EndEvent_Done" />
        <bpmn:endEvent id="EndEvent_Done" />
        """);
  }

  HttpResponse<String> deploy(String user, String name, String file, String content)
      throws Exception {
    String boundary = "----guard" + System.nanoTime();
    return send(
        user,
        boundary,
        part(boundary, "deployment-name", null, name)
            + part(boundary, "data", file, content)
            + "--"
            + boundary
            + "--\r\n");
  }

  private static String part(String boundary, String name, String file, String content) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\""
        + (file == null
            ? ""
            : "; filename=\"" + file + "\"\r\nContent-Type: application/octet-stream")
        + "\r\n\r\n"
        + content
        + "\r\n";
  }

  private HttpResponse<String> send(String user, String boundary, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
            .timeout(Duration.ofSeconds(60))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String process(String key, String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Attack" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
        %s
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(key, elements);
  }
}
