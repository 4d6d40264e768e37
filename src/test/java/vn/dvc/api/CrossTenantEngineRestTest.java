package vn.dvc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierFixtures;

/**
 * A supervisor of Nghệ An calling the engine's REST API on a Hà Nội dossier: the engine refuses the
 * other province's tenant, and the caller gets 404 in Camunda REST's error shape — as for an
 * instance that does not exist, so the refusal does not reveal that it does.
 */
@DvcSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantEngineRestTest {

  private static final String OTHER_PROVINCE = "supervisor.nghean";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired TaskService tasks;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  private String instance;
  private String task;

  @BeforeAll
  void fileHanoiDossier() {
    DossierFixtures dossiers = new DossierFixtures(context);
    ObjectNode data = dossiers.object();
    data.putObject("child")
        .put("fullName", "Lê Liên Tỉnh " + System.nanoTime() % 100000)
        .put("gender", "FEMALE")
        .put("dateOfBirth", "2026-09-16")
        .put("placeOfBirth", "Bệnh viện Sản Nhi");
    data.put("birthCertificateNo", "CS-2026-000058");
    data.put("communeCode", "01100");
    String dossier = dossiers.file("birth-registration", "020191981911", data);
    instance = dossiers.instanceOf(dossier).getId();
    // The officer's review lives in the frame handle-dossier the procedure calls under the same
    // dossier code (and the same province tenant).
    Task open =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey("Task_ReviewDossier")
            .singleResult();
    assertThat(open).as("the review of dossier %s", dossier).isNotNull();
    task = open.getId();
  }

  @Test
  void sameProvinceSupervisorReadsTheInstance() throws Exception {
    assertThat(
            call("GET", "/engine-rest/process-instance/" + instance, "supervisor.hanoi", null)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void crossTenantProcessInstanceReadIsNotFound() throws Exception {
    assertNotFound(call("GET", "/engine-rest/process-instance/" + instance, OTHER_PROVINCE, null));
  }

  @Test
  void crossTenantProcessInstanceVariablesReadIsNotFound() throws Exception {
    assertNotFound(
        call(
            "GET",
            "/engine-rest/process-instance/" + instance + "/variables",
            OTHER_PROVINCE,
            null));
  }

  @Test
  void crossTenantProcessInstanceVariableWriteIsNotFound() throws Exception {
    assertNotFound(
        call(
            "POST",
            "/engine-rest/process-instance/" + instance + "/variables",
            OTHER_PROVINCE,
            "{\"modifications\":{\"x\":{\"value\":1,\"type\":\"Integer\"}}}"));
  }

  @Test
  void crossTenantTaskReadIsNotFound() throws Exception {
    assertNotFound(call("GET", "/engine-rest/task/" + task, OTHER_PROVINCE, null));
  }

  @Test
  void crossTenantTaskVariablesReadIsNotFound() throws Exception {
    assertNotFound(call("GET", "/engine-rest/task/" + task + "/variables", OTHER_PROVINCE, null));
  }

  @Test
  void crossTenantTaskClaimIsNotFound() throws Exception {
    assertNotFound(
        call(
            "POST",
            "/engine-rest/task/" + task + "/claim",
            OTHER_PROVINCE,
            "{\"userId\":\"" + OTHER_PROVINCE + "\"}"));
    assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "GET    | /engine-rest/process-instance/{instance}/activity-instances |",
        "GET    | /engine-rest/process-instance/{instance}/variables/dossierId |",
        "PUT    | /engine-rest/process-instance/{instance}/suspended | {\"suspended\":true}",
        "DELETE | /engine-rest/process-instance/{instance} |",
        "GET    | /engine-rest/task/{task}/form-variables |",
        "POST   | /engine-rest/task/{task}/variables | {\"modifications\":{\"x\":{\"value\":1}}}",
        "POST   | /engine-rest/task/{task}/assignee | {\"userId\":\"supervisor.nghean\"}",
        "POST   | /engine-rest/task/{task}/complete | {}",
      })
  void crossTenantCallIsNotFoundAndChangesNothing(String method, String path, String body)
      throws Exception {
    String resolved = path.replace("{instance}", instance).replace("{task}", task);

    assertNotFound(call(method, resolved, OTHER_PROVINCE, body));

    Task still = tasks.createTaskQuery().taskId(task).singleResult();
    assertThat(still).as("the task is still open").isNotNull();
    assertThat(still.getAssignee()).isNull();
    assertThat(still.isSuspended()).isFalse();
  }

  private void assertNotFound(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    JsonNode body = json.readTree(answer.body());
    assertThat(body.path("type").asText()).isNotBlank();
    assertThat(body.path("message").asText())
        .isNotBlank()
        .doesNotContain("ENGINE-13034")
        .doesNotContain("tenant");
  }

  private HttpResponse<String> call(String method, String path, String user, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", basic(user))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }
}
