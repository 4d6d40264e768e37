package vn.dvc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.DvcSpringBootTest;

/**
 * Every registry read and write of one birth registration is in the access log, with who, which
 * dossier and procedure, the legal purpose and the outcome, and auditors find it by dossier,
 * citizen, officer and period.
 */
@DvcSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryAccessAuditTest {

  private static final String MOTHER = "001192115397";
  private static final String FATHER = "014095139042";
  private static final String CERTIFICATE = "CS-2026-000010";

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();
  private Instant filedFrom;
  private String dossier;

  @BeforeAll
  void fileAndCompleteABirthRegistration() throws Exception {
    filedFrom = Instant.now().minusSeconds(1);
    HttpResponse<String> filed =
        send(
            "officer.badinh",
            HttpRequest.newBuilder(uri("/api/v1/dossiers"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"procedure": "birth-registration", "applicantPin": "%s",
                         "data": {"child": {"fullName": "Trần Kiểm Toán", "gender": "FEMALE",
                                            "dateOfBirth": "2026-09-28", "placeOfBirth": "Hà Nội"},
                                  "birthCertificateNo": "%s", "otherParentPin": "%s"}}
                        """
                            .formatted(MOTHER, CERTIFICATE, FATHER))));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    dossier = json.readTree(filed.body()).path("id").asText();

    // The procedure's own instance, not the frame handle-dossier it calls under the same key: the
    // officer's tasks live in the frame, the write-backs in the procedure once the frame approves.
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(dossier)
            .processDefinitionKey("birth-registration")
            .singleResult()
            .getId();
    complete("Task_ReviewDossier", Map.of("reviewDecision", "APPROVE"));
    complete("Task_SignDossier", Map.of("signDecision", "SIGN"));
    for (Job job = nextJob(instance); job != null; job = nextJob(instance)) {
      management.executeJob(job.getId());
    }
  }

  @Test
  void recordsTheDossiersLookupsWithOfficerProcedurePurposeAndOutcome() throws Exception {
    List<JsonNode> accesses = accesses("auditor", "dossierId=" + dossier);

    JsonNode certificate = only(accesses, "health-facilities", "findBirthCertificate");
    assertThat(certificate.path("actor").asText()).isEqualTo("officer.badinh");
    assertThat(certificate.path("procedureKey").asText()).isEqualTo("birth-registration");
    assertThat(certificate.path("subject").asText()).isEqualTo(CERTIFICATE);
    assertThat(certificate.path("outcome").asText()).isEqualTo("FOUND");
    assertThat(certificate.path("purpose").asText())
        .contains("Birth registration")
        .contains("Luật Hộ tịch");
    // Both parents' marriages are read, each parent's own record checks included.
    assertThat(accesses)
        .filteredOn(a -> a.path("operation").asText().equals("marriagesOf"))
        .extracting(a -> a.path("subject").asText())
        .contains(MOTHER, FATHER);
  }

  @Test
  void recordsTheWriteBacksOnceEachAsTheSystemWithTheirIdempotencyKeys() throws Exception {
    List<JsonNode> accesses = accesses("auditor", "dossierId=" + dossier);

    JsonNode birth = only(accesses, "civil-status", "registerBirth");
    assertThat(birth.path("actor").asText()).isEqualTo("system");
    assertThat(birth.path("outcome").asText()).isEqualTo("WRITTEN");
    assertThat(birth.path("subject").asText()).isEqualTo(MOTHER);
    // The key is the dossier and the task, the same on every retry of the task's job.
    assertThat(birth.path("detail").asText()).isEqualTo(dossier + ":Task_CreateBirthRecord");
    assertThat(only(accesses, "population", "registerNewborn").path("outcome").asText())
        .isEqualTo("WRITTEN");
    assertThat(only(accesses, "civil-status", "linkChildPin").path("outcome").asText())
        .isEqualTo("WRITTEN");
  }

  @Test
  void findsTheAccessesAboutACitizenIncludingTheIntakeBeforeTheDossierExisted() throws Exception {
    List<JsonNode> accesses = accesses("auditor", "pin=" + MOTHER + "&from=" + filedFrom);

    assertThat(accesses).allMatch(a -> a.path("subject").asText().equals(MOTHER));
    assertThat(accesses)
        .anyMatch(
            a ->
                a.path("operation").asText().equals("findCitizen")
                    && a.path("dossierId").isNull()
                    && a.path("procedureKey").asText().equals("birth-registration"));
    assertThat(accesses)
        .anyMatch(
            a ->
                a.path("operation").asText().equals("deathOf")
                    && a.path("outcome").asText().equals("NOT_FOUND"));
  }

  @Test
  void findsWhatAnOfficerLookedUpInAPeriod() throws Exception {
    List<JsonNode> accesses =
        accesses(
            "auditor",
            "actor=officer.badinh&from=" + filedFrom + "&to=" + Instant.now().plusSeconds(60));

    assertThat(accesses)
        .isNotEmpty()
        .allMatch(a -> a.path("actor").asText().equals("officer.badinh"));
    assertThat(accesses).anyMatch(a -> dossier.equals(a.path("dossierId").asText()));
  }

  @Test
  void letsOnlyAuditorsReadTheLog() throws Exception {
    HttpResponse<String> officer =
        send("officer.badinh", HttpRequest.newBuilder(uri("/api/v1/audit/registry-access")));
    assertThat(officer.statusCode()).isEqualTo(403);
    HttpResponse<String> badPeriod =
        send(
            "auditor", HttpRequest.newBuilder(uri("/api/v1/audit/registry-access?from=yesterday")));
    assertThat(badPeriod.statusCode()).isEqualTo(400);
  }

  private Job nextJob(String instance) {
    return management.createJobQuery().processInstanceId(instance).singleResult();
  }

  private void complete(String taskKey, Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey(taskKey)
            .singleResult();
    tasks.complete(task.getId(), variables);
  }

  private List<JsonNode> accesses(String user, String query) throws Exception {
    HttpResponse<String> response =
        send(user, HttpRequest.newBuilder(uri("/api/v1/audit/registry-access?" + query)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> accesses = new java.util.ArrayList<>();
    json.readTree(response.body()).path("accesses").forEach(accesses::add);
    return accesses;
  }

  private static JsonNode only(List<JsonNode> accesses, String registry, String operation) {
    List<JsonNode> matching =
        accesses.stream()
            .filter(a -> a.path("registry").asText().equals(registry))
            .filter(a -> a.path("operation").asText().equals(operation))
            .toList();
    assertThat(matching).as("%s %s in %s", registry, operation, accesses).hasSize(1);
    return matching.get(0);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
    String credentials =
        Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return http.send(
        request.header("Authorization", "Basic " + credentials).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
