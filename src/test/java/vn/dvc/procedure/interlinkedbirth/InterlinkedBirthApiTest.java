package vn.dvc.procedure.interlinkedbirth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierApiClient;
import vn.dvc.dossier.DossierApiClient.Response;
import vn.dvc.dossier.DossierFixtures;

/**
 * The interlinked birth as the portal files it, over real HTTP on the random port: the sandbox
 * people of sandbox-data/defects.json this procedure meets, and the intake's problem+json errors.
 * The officers' tasks are completed through the engine, as Tasklist would. Each scenario has its
 * own sandbox birth (health-facilities.json) that no other test class uses; side effects are
 * counted for this test's own people only, as the database is shared.
 */
@DvcSpringBootTest
class InterlinkedBirthApiTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  /** CS-2026-000048's mother, used only for filings that must be rejected. */
  private static final String REJECTED_APPLICANT = "027188080771";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ApplicationContext context;

  private final ObjectMapper json = new ObjectMapper();
  private InterlinkedBirthOfficers officers;
  private DossierFixtures dossiers;

  @BeforeEach
  void setUp() {
    officers = new InterlinkedBirthOfficers(context);
    dossiers = new DossierFixtures(context);
  }

  @Test
  void catalogueEntryPublishesTheDataSchemaWithTheResidence() throws Exception {
    Response response = get("/api/v1/procedures/interlinked-birth");

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    JsonNode schema = response.body().path("dataSchema");
    assertThat(schema.path("required").toString()).isEqualTo("[\"child\",\"residence\"]");
    assertThat(schema.path("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "communeCode", "child", "birthCertificateNo", "otherParentPin", "residence");
    assertThat(schema.path("properties").path("residence").path("oneOf").size()).isEqualTo(2);
  }

  /**
   * ADDRESS_NOT_UPDATED_AFTER_REFORM (049190818199, mother of CS-2026-000011): population still
   * writes her residence with pre-2025 names. The birth is filed at, and the child's residence
   * registered in, the commune that absorbed them (48219), never under the old names; the officer
   * sees the defect, the citizen is asked nothing, and no verification is needed for it.
   */
  @Test
  void childJoinsAParentsPreReformResidenceAtTheCurrentCommune() throws Exception {
    Response filed =
        file(
            "049190818199",
            birth("CS-2026-000011", "2026-09-05", "008092239340")
                .set("residence", atParent("049190818199")));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("communeCode").asText()).isEqualTo("48219");
    assertThat(filed.body().path("dataIssues").findValuesAsText("kind"))
        .contains("ADDRESS_NOT_UPDATED_AFTER_REFORM");
    assertThat(filed.body().path("requiredDocuments")).isEmpty();
    assertThat(filed.body().path("satisfiedByData").findValuesAsText("type"))
        .contains("PROOF_OF_LEGAL_RESIDENCE");

    officers.approveAndSignBirth(id);
    officers.runJobs(id);
    assertThat(dossiers.candidateGroups(officers.task(id, "Task_ReviewDossier")))
        .containsExactly("commune-48219-police");
    String childPin = (String) officers.variable(id, "childPin");
    officers.approvePart(id);
    officers.runJobs(id);
    assertThat(dossiers.candidateGroups(officers.task(id, "Task_ReviewDossier")))
        .containsExactly("province-48-social-security");
    officers.approvePart(id);
    officers.runJobs(id);

    JsonNode dossier = get("/api/v1/dossiers/" + id).body();
    assertThat(dossier.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(dossier.path("result").path("parts").findValuesAsText("document"))
        .containsExactly("BIRTH_EXTRACT", "RESIDENCE_CONFIRMATION", "HEALTH_INSURANCE_CARD");
    assertThat(
            jdbc.queryForMap(
                "select residence_commune_code, residence_address, residence_legacy_address"
                    + " from sandbox_population_citizen where pin = ?",
                childPin))
        .containsEntry("RESIDENCE_COMMUNE_CODE", "48219")
        .containsEntry("RESIDENCE_ADDRESS", "Xóm 8")
        .containsEntry("RESIDENCE_LEGACY_ADDRESS", null);
  }

  /**
   * MARRIAGE_NOT_DIGITISED (040189459395 and 082091232071, parents of CS-2026-000002): population
   * says married, civil status holds no marriage. The officer verifies; the citizen is asked for no
   * marriage certificate.
   */
  @Test
  void parentsMarriageNeverDigitisedGoesToTheOfficersVerificationNotToTheCitizen()
      throws Exception {
    Response filed =
        file(
            "040189459395",
            birth("CS-2026-000002", "2026-10-21", "082091232071")
                .set("residence", atParent("082091232071")));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("dataIssues").findValuesAsText("kind"))
        .contains("MARRIAGE_NOT_DIGITISED");
    assertThat(filed.body().path("requiredDocuments")).isEmpty();
    assertThat(filed.body().path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(dossiers.candidateGroups(officers.task(id, "Task_VerifyRegistryData")))
        .containsExactly("commune-40163-civil-status");
  }

  /**
   * MARITAL_STATUS_MISMATCH (079186543263): civil status holds her open marriage, population says
   * single. Without an electronic birth certificate the citizen supplies the birth statement, as in
   * birth registration; the marriage conflict itself waits for the officer's verification.
   */
  @Test
  void maritalStatusMismatchOfTheMotherIsVerifiedByTheOfficerWhileOnlyTheBirthStatementIsAsked()
      throws Exception {
    ObjectNode data = birth(null, "2026-11-02", null).set("residence", atParent("079186543263"));

    Response filed = file("079186543263", data);

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("dataIssues").findValuesAsText("kind"))
        .contains("MARITAL_STATUS_MISMATCH");
    assertThat(filed.body().path("requiredDocuments").findValuesAsText("type"))
        .contains("BIRTH_WITNESS_STATEMENT")
        .doesNotContain(
            "PROOF_OF_LEGAL_RESIDENCE", "MARITAL_STATUS_CONFIRMATION", "MARRIAGE_CERTIFICATE");
    assertThat(officers.variable(id, "verificationNeeded")).isEqualTo(true);
  }

  @Test
  void rejectsAResidenceAtSomeoneWhoIsNotAParentOfTheChild() throws Exception {
    // 001087198297 is a married father in the sandbox, but not a parent named in this dossier.
    assertRejected(
        file(
            REJECTED_APPLICANT,
            birth("CS-2026-000048", "2026-10-05", "040088822833")
                .set("residence", atParent("001087198297"))),
        422,
        "residence-parent-not-a-parent");
  }

  @Test
  void rejectsAResidenceAddressInAnUnknownCommune() throws Exception {
    ObjectNode residence = json.createObjectNode();
    residence.putObject("address").put("line", "Số 1 đường Láng").put("communeCode", "99999");
    assertRejected(
        file(
            REJECTED_APPLICANT,
            birth("CS-2026-000048", "2026-10-05", "040088822833").set("residence", residence)),
        422,
        "unknown-residence-commune");
  }

  @Test
  void rejectsAResidenceThatIsBothAParentsAndAnotherAddress() throws Exception {
    ObjectNode residence = atParent(REJECTED_APPLICANT);
    residence.putObject("address").put("line", "Số 1 đường Láng").put("communeCode", "01107");
    Response response =
        file(
            REJECTED_APPLICANT,
            birth("CS-2026-000048", "2026-10-05", "040088822833").set("residence", residence));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(dossiersOf(REJECTED_APPLICANT)).isZero();
  }

  @Test
  void rejectsADossierWithoutTheChildsResidence() throws Exception {
    Response response =
        file(REJECTED_APPLICANT, birth("CS-2026-000048", "2026-10-05", "040088822833"));

    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(dossiersOf(REJECTED_APPLICANT)).isZero();
  }

  @Test
  void rejectsWhatBirthRegistrationRejectsForTheBirthPart() throws Exception {
    // The birth part is birth registration's own intake: the same checks, the same problems.
    assertRejected(
        file(
            REJECTED_APPLICANT,
            birth("CS-2026-000048", "2026-10-05", REJECTED_APPLICANT)
                .set("residence", atParent(REJECTED_APPLICANT))),
        422,
        "same-parent-twice");
  }

  // ------------------------------------------------------------------------------------------

  private ObjectNode birth(String certificateNo, String dateOfBirth, String otherParentPin) {
    ObjectNode data = json.createObjectNode();
    data.putObject("child")
        .put("fullName", "Trần Liên Thông")
        .put("gender", "FEMALE")
        .put("dateOfBirth", dateOfBirth)
        .put("placeOfBirth", "Trạm y tế xã");
    if (certificateNo != null) {
      data.put("birthCertificateNo", certificateNo);
    }
    if (otherParentPin != null) {
      data.put("otherParentPin", otherParentPin);
    }
    return data;
  }

  private ObjectNode atParent(String parentPin) {
    return json.createObjectNode().put("sameAsParentPin", parentPin);
  }

  private void assertRejected(Response response, int status, String type) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(response.body().path("type").asText()).endsWith(type);
    assertThat(response.body().path("detail").asText()).isNotBlank();
    // A rejected filing leaves no half dossier behind.
    assertThat(dossiersOf(REJECTED_APPLICANT)).isZero();
  }

  private int dossiersOf(String applicantPin) {
    return jdbc.queryForObject(
        "select count(*) from dossier where applicant_pin = ?", Integer.class, applicantPin);
  }

  private Response file(String applicantPin, ObjectNode data) throws Exception {
    // The civil-status officer of Ba Đình files at the counter for the applicant.
    return new DossierApiClient(port, json, "officer.badinh", "demo")
        .file("interlinked-birth", applicantPin, data);
  }

  private Response get(String path) throws Exception {
    return new DossierApiClient(port, json, "officer.badinh", "demo").get(path);
  }
}
