package vn.dvc.procedure.marriageregistration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * Marriage registration as the portal files it, over real HTTP on the random port, for the sandbox
 * people of sandbox-data/defects.json this procedure meets, and the intake's problem+json errors.
 * Side effects are counted for this test's own people only: the database is shared.
 */
@DvcSpringBootTest
class MarriageRegistrationApiTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void catalogueEntryPublishesTheDataSchema() throws Exception {
    Response response = get("/api/v1/procedures/marriage-registration");

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    JsonNode schema = response.body().path("dataSchema");
    assertThat(schema.path("required").toString()).isEqualTo("[\"partnerPin\"]");
    assertThat(schema.path("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("partnerPin", "communeCode");
  }

  @Test
  void eligibleCoupleIsFiledAtTheApplicantsCommuneWithNothingAskedOfThem() throws Exception {
    // The groom (01114) files; the bride lives in 01128.
    Response filed = file("001083426418", marriage("001182846795"));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("communeCode").asText()).isEqualTo("01114");
    assertThat(filed.body().path("requiredDocuments")).isEmpty();
    assertThat(filed.body().path("satisfiedByData").findValuesAsText("type"))
        .contains("MARITAL_STATUS_CONFIRMATION", "ID_CARD", "BIRTH_CERTIFICATE");
    JsonNode dossier = get("/api/v1/dossiers/" + id).body();
    assertThat(dossier.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(openTask(id)).isEqualTo("Task_ReviewDossier");
  }

  /**
   * MARITAL_STATUS_MISMATCH (056184735546): civil status holds an open marriage of hers, population
   * says SINGLE. Neither accepted blindly nor asked of the citizen: the officer verifies, and the
   * conflict is on the dossier for the officer only.
   */
  @Test
  void maritalStatusMismatchGoesToTheOfficersVerificationNotToTheCitizen() throws Exception {
    Response filed = file("056184735546", marriage("001083518144"));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("dataIssues").findValuesAsText("kind"))
        .contains("MARITAL_STATUS_MISMATCH");
    assertThat(filed.body().path("requiredDocuments")).isEmpty();
    assertThat(filed.body().path("satisfiedByData").findValuesAsText("type"))
        .contains("MARITAL_STATUS_CONFIRMATION");
    assertThat(openTask(id)).isEqualTo("Task_VerifyRegistryData");
    assertThat(get("/api/v1/dossiers/" + id).body().path("status").asText()).isEqualTo("IN_REVIEW");
  }

  /** MARRIAGE_NOT_DIGITISED (046080408460): population says MARRIED, civil status has nothing. */
  @Test
  void marriageNeverDigitisedGoesToTheOfficersVerification() throws Exception {
    Response filed = file("001183275122", marriage("046080408460"));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("dataIssues").findValuesAsText("kind"))
        .contains("MARRIAGE_NOT_DIGITISED");
    assertThat(filed.body().path("requiredDocuments")).isEmpty();
    assertThat(openTask(id)).isEqualTo("Task_VerifyRegistryData");
  }

  @Test
  void namedCommuneIsWhereTheDossierIsFiled() throws Exception {
    ObjectNode data = marriage("001182838972").put("communeCode", "20254");
    Response filed = file("001083163964", data);

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    assertThat(filed.body().path("communeCode").asText()).isEqualTo("20254");
  }

  @Test
  void rejectsAnUnknownPartner() throws Exception {
    assertRejected(file("001083440335", marriage("001099000001")), 422, "unknown-partner");
  }

  @Test
  void rejectsThePartnerBeingTheApplicant() throws Exception {
    assertRejected(file("001083440335", marriage("001083440335")), 422, "partner-is-applicant");
  }

  @Test
  void rejectsADeceasedPartner() throws Exception {
    assertRejected(file("001083440335", marriage("001032283644")), 422, "partner-deceased");
  }

  @Test
  void rejectsAnUnknownCommune() throws Exception {
    ObjectNode data = marriage("001182733267").put("communeCode", "99999");
    assertRejected(file("001083440335", data), 422, "unknown-commune");
  }

  @Test
  void rejectsDataOutsideTheSchema() throws Exception {
    ObjectNode data = marriage("001182733267").put("maritalStatusConfirmationNo", "x");
    Response response = file("001083440335", data);
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(dossiersOf("001083440335")).isZero();
  }

  private void assertRejected(Response response, int status, String type) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(response.body().path("type").asText()).endsWith(type);
    assertThat(response.body().path("detail").asText()).isNotBlank();
    // A rejected filing leaves no half dossier behind.
    assertThat(dossiersOf("001083440335")).isZero();
  }

  private void runJobsOf(String dossierId) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(dossierId)
            .rootProcessInstances()
            .singleResult();
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

  private ObjectNode marriage(String partnerPin) {
    return json.createObjectNode().put("partnerPin", partnerPin);
  }

  /** The dossier's open task, also when it sits in a building block the procedure calls. */
  private String openTask(String dossierId) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(dossierId)
        .singleResult()
        .getTaskDefinitionKey();
  }

  private int dossiersOf(String applicantPin) {
    return jdbc.queryForObject(
        "select count(*) from dossier where applicant_pin = ?", Integer.class, applicantPin);
  }

  private Response file(String applicantPin, ObjectNode data) throws Exception {
    // The civil-status officer of Ba Đình files at the counter for the applicant.
    return new DossierApiClient(port, json, "officer.badinh", "demo")
        .file("marriage-registration", applicantPin, data);
  }

  private Response get(String path) throws Exception {
    return new DossierApiClient(port, json, "officer.badinh", "demo").get(path);
  }
}
