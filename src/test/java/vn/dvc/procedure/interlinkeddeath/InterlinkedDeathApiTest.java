package vn.dvc.procedure.interlinkeddeath;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierApiClient;
import vn.dvc.dossier.DossierApiClient.Response;
import vn.dvc.dossier.DossierFixtures;
import vn.dvc.procedure.DossierJobs;
import vn.dvc.sandbox.SandboxServerProperties;

/**
 * Interlinked death as the portal files it, over real HTTP on the random port, for the sandbox
 * people this procedure meets: a DEATH_NOT_SYNCED person, someone with at least 12 months of
 * contributions in the sandbox data, a pensioner added through the sandbox-only endpoint, and the
 * intake's problem+json errors. The officers' steps run through the engine's task and job API.
 */
@DvcSpringBootTest
class InterlinkedDeathApiTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ApplicationContext context;
  @Autowired SandboxServerProperties sandboxServer;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void catalogueEntryPublishesTheDeathRegistrationFieldsAsItsDataSchema() throws Exception {
    JsonNode interlinked = get("/api/v1/procedures/interlinked-death").body();
    JsonNode death = get("/api/v1/procedures/death-registration").body();

    JsonNode schema = interlinked.path("dataSchema");
    assertThat(schema.path("required")).isEqualTo(death.path("dataSchema").path("required"));
    assertThat(schema.path("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrderElementsOf(
            () -> death.path("dataSchema").path("properties").fieldNames());
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
  }

  /**
   * DEATH_NOT_SYNCED (020042070679): civil status registered the death as 2/2024/KT, population
   * still shows the person alive. The officer sees the conflict, population is corrected, and the
   * dossier is refused: no second death, no residence removal, no funeral allowance.
   */
  @Test
  void deathNotSyncedIsRefusedWithoutAnyBenefitAndPopulationIsCorrected() throws Exception {
    Response filed = file("001158399350", death("020042070679", daysAgo(2)));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("dataIssues").findValuesAsText("kind"))
        .contains("DEATH_NOT_SYNCED");
    assertThat(filed.body().path("requiredDocuments")).isEmpty();
    new DossierJobs(runtime, management).run(id);

    JsonNode dossier = get("/api/v1/dossiers/" + id).body();
    assertThat(dossier.path("status").asText()).isEqualTo("REFUSED");
    assertThat(dossier.path("result").path("reason").asText())
        .contains("2/2024/KT")
        .contains("2024-02-11")
        .contains("funeral allowance");
    assertThat(
            jdbc.queryForObject(
                "select deceased from sandbox_population_citizen where pin = ?",
                Boolean.class,
                "020042070679"))
        .isTrue();
    assertThat(count("sandbox_civil_status_death", "deceased_pin", "020042070679")).isEqualTo(1);
    assertThat(count("sandbox_funeral_allowance", "deceased_pin", "020042070679")).isZero();
  }

  /**
   * 040079824825 has 24 months of contributions in the sandbox data. Only the death notice is asked
   * (no electronic one exists), never the social-insurance book; the citizen receives every part.
   */
  @Test
  void someoneWithTwelveMonthsOrMoreOfContributionsGetsTheAllowanceWithTheOtherParts()
      throws Exception {
    Response filed = file("040175709849", death("040079824825", daysAgo(4)));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(filed.body().path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("DEATH_NOTICE");
    new DossierFixtures(context).supply(id, "DEATH_NOTICE");
    processAllParts(id);

    JsonNode dossier = get("/api/v1/dossiers/" + id).body();
    assertThat(dossier.path("status").asText()).isEqualTo("COMPLETED");
    JsonNode parts = dossier.path("result").path("parts");
    assertThat(parts.findValuesAsText("document"))
        .containsExactly(
            "DEATH_EXTRACT", "PERMANENT_RESIDENCE_REMOVAL", "FUNERAL_ALLOWANCE_DECISION");
    assertThat(parts.findValuesAsText("outcome")).containsOnly("ISSUED");
    assertThat(parts.get(2).path("amountVnd").asLong()).isEqualTo(23_400_000L);
    assertThat(parts.get(2).path("beneficiaryPin").asText()).isEqualTo("040175709849");
    assertThat(count("sandbox_funeral_allowance", "deceased_pin", "040079824825")).isEqualTo(1);
  }

  /**
   * BT-2026-000016 is about 079044910960, who has no contributions on record; added as a pensioner
   * through the sandbox-only endpoint, the deceased is eligible all the same.
   */
  @Test
  void aPensionerAddedInTheSandboxGetsTheAllowance() throws Exception {
    HttpResponse<String> added =
        sandboxPost(
            "/sandbox/social-insurance/pensioners",
            "{\"pin\":\"079044910960\",\"socialInsuranceNo\":\"7900000016\","
                + "\"pensionFrom\":\"2012-05-01\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

    Response filed =
        file(
            "004074620073",
            death("079044910960", "2026-10-05").put("deathNoticeNo", "BT-2026-000016"));
    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("requiredDocuments")).isEmpty();
    processAllParts(id);

    JsonNode parts = get("/api/v1/dossiers/" + id).body().path("result").path("parts");
    assertThat(parts.get(2).path("outcome").asText()).isEqualTo("ISSUED");
    assertThat(parts.get(2).path("amountVnd").asLong()).isEqualTo(23_400_000L);
  }

  /**
   * ADDRESS_NOT_UPDATED_AFTER_REFORM (008173007386): population still writes the residence as
   * "Phường Yên Hòa, Quận Cầu Giấy", now Phường Yên Hòa (01114). The dossier, and so the police who
   * remove the residence, go there rather than to the applicant's commune in Nghệ An (40170); the
   * officers see the defect, the citizen is asked only for the death notice.
   */
  @Test
  void deceasedWithAPreReformAddressIsRoutedToTheCurrentCommune() throws Exception {
    Response filed = file("040067533041", death("008173007386", daysAgo(1)));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    assertThat(filed.body().path("communeCode").asText()).isEqualTo("01114");
    assertThat(filed.body().path("dataIssues").findValuesAsText("kind"))
        .contains("ADDRESS_NOT_UPDATED_AFTER_REFORM");
    assertThat(filed.body().path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("DEATH_NOTICE");
  }

  @Test
  void rejectsTheApplicantDeclaringTheirOwnDeathAsDeathRegistrationDoes() throws Exception {
    Response response = file("020158944261", death("020158944261", daysAgo(1)));

    assertThat(response.status()).as(response.text()).isEqualTo(422);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(response.body().path("type").asText()).endsWith("deceased-is-applicant");
  }

  @Test
  void rejectsDataOutsideTheSchema() throws Exception {
    Response response =
        file("020158944261", death("020031958818", daysAgo(1)).put("bankAccount", "0123"));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
  }

  /**
   * The officers approve every part, as they would in Tasklist; jobs run in between. Each part is
   * handled by the frame, whose review task (and, for the death, signature task) the part's
   * officers get, in the order death, residence, funeral allowance.
   */
  private void processAllParts(String id) {
    new DossierJobs(runtime, management).run(id);
    List<List<String>> steps =
        List.of(
            List.of("death", "Task_ReviewDossier", "reviewDecision", "APPROVE"),
            List.of("death", "Task_SignDossier", "signDecision", "SIGN"),
            List.of("residence", "Task_ReviewDossier", "reviewDecision", "APPROVE"),
            List.of("funeral-allowance", "Task_ReviewDossier", "reviewDecision", "APPROVE"));
    for (List<String> step : steps) {
      Task task =
          tasks
              .createTaskQuery()
              .processInstanceBusinessKey(id)
              .taskDefinitionKey(step.get(1))
              .singleResult();
      assertThat(task).as(step + " of " + id).isNotNull();
      assertThat(tasks.getVariable(task.getId(), "part"))
          .as(step.toString())
          .isEqualTo(step.get(0));
      tasks.complete(task.getId(), Map.of(step.get(2), step.get(3)));
      new DossierJobs(runtime, management).run(id);
    }
  }

  private HttpResponse<String> sandboxPost(String path, String body) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                (sandboxServer.username() + ":" + sandboxServer.password())
                    .getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private int count(String table, String column, String value) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where " + column + " = ?", Integer.class, value);
  }

  private ObjectNode death(String deceasedPin, String dateOfDeath) {
    return json.createObjectNode().put("deceasedPin", deceasedPin).put("dateOfDeath", dateOfDeath);
  }

  private static String daysAgo(int days) {
    return LocalDate.now(VIETNAM).minusDays(days).toString();
  }

  private Response file(String applicantPin, ObjectNode data) throws Exception {
    // An officer at the counter files for the applicant, as in death registration's scenarios.
    return new DossierApiClient(port, json, "officer.badinh", "demo")
        .file("interlinked-death", applicantPin, data);
  }

  private Response get(String path) throws Exception {
    return new DossierApiClient(port, json, "officer.badinh", "demo").get(path);
  }
}
