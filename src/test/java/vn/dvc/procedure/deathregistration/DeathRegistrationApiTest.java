package vn.dvc.procedure.deathregistration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierApiClient;
import vn.dvc.dossier.DossierApiClient.Response;

/**
 * Death registration as the portal files it, over real HTTP on the random port, for the sandbox
 * people of sandbox-data/defects.json this procedure meets, and the intake's problem+json errors.
 * Side effects are counted for this test's own people only: the database is shared.
 */
@DvcSpringBootTest
class DeathRegistrationApiTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void catalogueEntryPublishesTheDataSchema() throws Exception {
    Response response = get("/api/v1/procedures/death-registration");

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    JsonNode schema = response.body().path("dataSchema");
    assertThat(schema.path("required").toString()).isEqualTo("[\"deceasedPin\",\"dateOfDeath\"]");
    assertThat(schema.path("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("deceasedPin", "dateOfDeath", "deathNoticeNo", "communeCode");
  }

  /**
   * DEATH_NOT_SYNCED (040134976073): civil status registered the death as 1/2023/KT, population
   * still shows the person alive. The officer sees the conflict, population is corrected, and the
   * dossier is refused with the reason instead of registering the death a second time.
   */
  @Test
  void deathNotSyncedIsRefusedWithTheReasonAndPopulationIsCorrected() throws Exception {
    Response filed = file("040063621336", death("040134976073", daysAgo(2)));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("dataIssues").findValuesAsText("kind"))
        .contains("DEATH_NOT_SYNCED");
    assertThat(filed.body().path("requiredDocuments")).isEmpty();
    runJobsOf(id);

    JsonNode dossier = get("/api/v1/dossiers/" + id).body();
    assertThat(dossier.path("status").asText()).isEqualTo("REFUSED");
    assertThat(dossier.path("result").path("reason").asText())
        .contains("1/2023/KT")
        .contains("2023-04-24");
    assertThat(
            jdbc.queryForObject(
                "select deceased from sandbox_population_citizen where pin = ?",
                Boolean.class,
                "040134976073"))
        .isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_civil_status_death where deceased_pin = ?",
                Integer.class,
                "040134976073"))
        .isEqualTo(1);
  }

  /**
   * ADDRESS_NOT_UPDATED_AFTER_REFORM (001054304648): population still writes the residence as "Thị
   * trấn Sóc Sơn, Huyện Sóc Sơn", merged into Xã Sóc Sơn (01128). The dossier is routed there, not
   * to the applicant's commune (Phường Cầu Giấy, 01107), and the officer sees the defect.
   */
  @Test
  void deceasedWithAPreReformAddressIsRoutedToTheCurrentCommune() throws Exception {
    Response filed = file("001092481527", death("001054304648", daysAgo(1)));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    assertThat(filed.body().path("id").asText()).startsWith("01128-");
    assertThat(filed.body().path("communeCode").asText()).isEqualTo("01128");
    assertThat(filed.body().path("dataIssues").findValuesAsText("kind"))
        .contains("ADDRESS_NOT_UPDATED_AFTER_REFORM");
    // No electronic notice for this death: the notice is asked, never the address papers.
    assertThat(filed.body().path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("DEATH_NOTICE");
  }

  @Test
  void namedCommuneIsWhereTheDossierIsFiled() throws Exception {
    ObjectNode data = death("020034803252", daysAgo(1)).put("communeCode", "20254");

    Response filed = file("020091528382", data);

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    assertThat(filed.body().path("communeCode").asText()).isEqualTo("20254");
  }

  @Test
  void rejectsAnUnknownDeceased() throws Exception {
    assertRejected(
        file("020158944261", death("036088000023", daysAgo(1))), 422, "unknown-deceased");
  }

  @Test
  void rejectsADateOfDeathInTheFuture() throws Exception {
    assertRejected(
        file("020158944261", death("020031958818", daysAgo(-1))), 422, "death-in-future");
  }

  @Test
  void rejectsADateOfDeathBeforeTheDeceasedWasBorn() throws Exception {
    // 020031958818 was born on 6 January 1931.
    assertRejected(
        file("020158944261", death("020031958818", "1930-12-31")), 422, "death-before-birth");
  }

  @Test
  void rejectsTheApplicantDeclaringTheirOwnDeath() throws Exception {
    assertRejected(
        file("020158944261", death("020158944261", daysAgo(1))), 422, "deceased-is-applicant");
  }

  @Test
  void rejectsAnUnknownCommune() throws Exception {
    ObjectNode data = death("020031958818", daysAgo(1)).put("communeCode", "99999");
    assertRejected(file("020158944261", data), 422, "unknown-commune");
  }

  @Test
  void rejectsDataOutsideTheSchema() throws Exception {
    ObjectNode data = death("020031958818", daysAgo(1)).put("causeOfDeath", "x");
    Response response = file("020158944261", data);
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(dossiersOf("020158944261")).isZero();
  }

  private void assertRejected(Response response, int status, String type) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(response.body().path("type").asText()).endsWith(type);
    assertThat(response.body().path("detail").asText()).isNotBlank();
    // A rejected filing leaves no half dossier behind.
    assertThat(dossiersOf("020158944261")).isZero();
  }

  private void runJobsOf(String dossierId) {
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId).singleResult();
    while (instance != null) {
      Job job =
          management.createJobQuery().processInstanceId(instance.getId()).messages().singleResult();
      if (job == null) {
        return;
      }
      management.executeJob(job.getId());
      instance =
          runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
    }
  }

  private ObjectNode death(String deceasedPin, String dateOfDeath) {
    return json.createObjectNode().put("deceasedPin", deceasedPin).put("dateOfDeath", dateOfDeath);
  }

  private int dossiersOf(String applicantPin) {
    return jdbc.queryForObject(
        "select count(*) from dossier where applicant_pin = ?", Integer.class, applicantPin);
  }

  private static String daysAgo(int days) {
    return LocalDate.now(VIETNAM).minusDays(days).toString();
  }

  private Response file(String applicantPin, ObjectNode data) throws Exception {
    // The civil-status officer of Ba Đình files at the counter for the applicant.
    return new DossierApiClient(port, json, "officer.badinh", "demo")
        .file("death-registration", applicantPin, data);
  }

  private Response get(String path) throws Exception {
    return new DossierApiClient(port, json, "officer.badinh", "demo").get(path);
  }
}
