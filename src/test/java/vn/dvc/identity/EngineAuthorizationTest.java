package vn.dvc.identity;

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
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierFixtures;

/**
 * Camunda's authorizations and province tenants, seen through the engine's REST API (what Tasklist
 * and Cockpit call): officers work only their groups' tasks, supervisors read only their province.
 */
@DvcSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineAuthorizationTest {

  private static final String PASSWORD = "authz-test";

  /** Commune 01121 (Phường Hoàn Kiếm, Hà Nội), with no demo officer of its own. */
  private static final String HOAN_KIEM_OFFICER = "officer.hoankiem.authz";

  private static final String DA_NANG_SUPERVISOR = "supervisor.danang.authz";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired AuthorizationService authorizations;
  @Autowired EngineAuthorizations engineAuthorizations;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  String hanoiDossier;
  String daNangDossier;

  @BeforeAll
  void fileDossiersInTwoProvinces() {
    user(HOAN_KIEM_OFFICER, "commune-01121-civil-status");
    user(DA_NANG_SUPERVISOR, "province-48-supervisors");
    DossierFixtures dossiers = new DossierFixtures(context);
    hanoiDossier =
        dossiers.file(
            "birth-registration",
            "001187479842",
            birth(dossiers, "FEMALE", "2026-09-16", "001087833826", "CS-2026-000045"));
    daNangDossier =
        dossiers.file(
            "birth-registration",
            "048197920914",
            birth(dossiers, "MALE", "2026-09-18", "048095536258", "CS-2026-000046"));
  }

  /**
   * The procedure's own instance and the frame handle-dossier it calls under the same dossier code
   * (where the officer's tasks live) both carry the province's tenant.
   */
  @Test
  void everyDossierInstanceBelongsToItsProvincesTenant() {
    for (String key : List.of("birth-registration", "handle-dossier")) {
      assertThat(instanceOf(key, hanoiDossier).getTenantId()).as(key).isEqualTo("province-01");
      assertThat(instanceOf(key, daNangDossier).getTenantId()).as(key).isEqualTo("province-48");
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(hanoiDossier).list())
        .extracting(ProcessInstance::getTenantId)
        .containsOnly("province-01");
    assertThat(
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(daNangDossier).list())
        .extracting(ProcessInstance::getTenantId)
        .containsOnly("province-48");
  }

  @Test
  void officerOfAnotherCommuneNeitherSeesNorClaimsTheTask() throws Exception {
    JsonNode own = tasksOf(hanoiDossier, HOAN_KIEM_OFFICER, PASSWORD);
    assertThat(own).hasSize(1);
    String task = own.get(0).path("id").asText();

    // Ba Đình is in the same province, Trường Vinh in another: neither sees Hoàn Kiếm's task.
    assertThat(tasksOf(hanoiDossier, "officer.badinh", "demo")).isEmpty();
    assertThat(tasksOf(hanoiDossier, "officer.truongvinh", "demo")).isEmpty();
    HttpResponse<String> claim =
        post(
            "/engine-rest/task/" + task + "/claim",
            "officer.badinh",
            "demo",
            "{\"userId\":\"officer.badinh\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(403);

    HttpResponse<String> ownClaim =
        post(
            "/engine-rest/task/" + task + "/claim",
            HOAN_KIEM_OFFICER,
            PASSWORD,
            "{\"userId\":\"" + HOAN_KIEM_OFFICER + "\"}");
    assertThat(ownClaim.statusCode()).as(ownClaim.body()).isEqualTo(204);
  }

  @Test
  void supervisorReadsTheInstancesOfTheirProvinceOnly() throws Exception {
    // Every instance of the dossier: the procedure's own and the frame it calls.
    assertThat(idsOf(instancesOf(hanoiDossier, "supervisor.hanoi", "demo")))
        .containsExactlyInAnyOrderElementsOf(instanceIdsOf(hanoiDossier))
        .hasSize(2);
    assertThat(instancesOf(daNangDossier, "supervisor.hanoi", "demo")).isEmpty();
    assertThat(idsOf(instancesOf(daNangDossier, DA_NANG_SUPERVISOR, PASSWORD)))
        .containsExactlyInAnyOrderElementsOf(instanceIdsOf(daNangDossier))
        .hasSize(2);
    assertThat(instancesOf(hanoiDossier, DA_NANG_SUPERVISOR, PASSWORD)).isEmpty();
    assertThat(
            get(
                "/engine-rest/history/process-instance?processInstanceBusinessKey=" + daNangDossier,
                "supervisor.hanoi",
                "demo"))
        .isEmpty();
    // …and Cockpit's doors open for them, not for an officer.
    assertThat(
            get(
                "/engine-rest/process-definition?key=birth-registration",
                "supervisor.hanoi",
                "demo"))
        .isNotEmpty();
    assertThat(instancesOf(hanoiDossier, HOAN_KIEM_OFFICER, PASSWORD)).isEmpty();
  }

  @Test
  void analystDeploysAndReadsDefinitionsButSeesNoTasks() throws Exception {
    assertThat(get("/engine-rest/process-definition?key=birth-registration", "analyst", "demo"))
        .isNotEmpty();
    assertThat(tasksOf(hanoiDossier, "analyst", "demo")).isEmpty();
    assertThat(instancesOf(hanoiDossier, "analyst", "demo")).isEmpty();

    String boundary = "----authz" + System.nanoTime();
    String model =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions"
            + " xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\">"
            + "<bpmn:process id=\"analyst-authz-draft\" isExecutable=\"true\""
            + " camunda:historyTimeToLive=\"1\"><bpmn:startEvent id=\"StartEvent_Draft\"/>"
            + "</bpmn:process></bpmn:definitions>";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nanalyst-draft\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"analyst-authz-draft.bpmn\"\r\n"
            + "Content-Type: application/xml\r\n\r\n"
            + model
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> deployed =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", basic("analyst", "demo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);

    HttpResponse<String> officerDeploys =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", basic("officer.badinh", "demo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(officerDeploys.statusCode()).isEqualTo(403);
  }

  @Test
  void grantingAgainAtTheNextStartAddsNothing() {
    long before = authorizations.createAuthorizationQuery().count();
    engineAuthorizations.afterPropertiesSet();
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(before);
  }

  private ProcessInstance instanceOf(String processKey, String dossier) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(processKey)
            .processInstanceBusinessKey(dossier)
            .singleResult();
    assertThat(instance).as("%s of dossier %s", processKey, dossier).isNotNull();
    return instance;
  }

  /** The ids of the dossier's running instances, as the engine holds them. */
  private List<String> instanceIdsOf(String dossier) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier).list().stream()
        .map(ProcessInstance::getId)
        .toList();
  }

  private static List<String> idsOf(JsonNode instances) {
    List<String> ids = new java.util.ArrayList<>();
    instances.forEach(instance -> ids.add(instance.path("id").asText()));
    return ids;
  }

  private JsonNode tasksOf(String dossier, String user, String password) throws Exception {
    return get("/engine-rest/task?processInstanceBusinessKey=" + dossier, user, password);
  }

  private JsonNode instancesOf(String dossier, String user, String password) throws Exception {
    return get("/engine-rest/process-instance?businessKey=" + dossier, user, password);
  }

  private JsonNode get(String path, String user, String password) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user, password))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(user + " GET " + path + ": " + answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private HttpResponse<String> post(String path, String user, String password, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", basic(user, password))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private ObjectNode birth(
      DossierFixtures dossiers, String gender, String born, String father, String certificate) {
    ObjectNode data = dossiers.object();
    data.putObject("child")
        .put("fullName", "Lê Quyền Thử " + System.nanoTime() % 100000)
        .put("gender", gender)
        .put("dateOfBirth", born)
        .put("placeOfBirth", "Bệnh viện Sản Nhi");
    data.put("otherParentPin", father);
    data.put("birthCertificateNo", certificate);
    return data;
  }

  private void user(String id, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setPassword(PASSWORD);
      user.setFirstName("Test");
      user.setLastName(id);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
  }
}
