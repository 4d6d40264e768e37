package vn.dvc.procedure.temporaryabsencedeclaration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierApiClient;
import vn.dvc.dossier.DossierApiClient.Response;

/**
 * The temporary absence declaration as the portal files it, over real HTTP on the random port: the
 * published schema, the valid case, sandbox people with data defects, and every intake error as
 * problem+json.
 */
@DvcSpringBootTest
class TemporaryAbsenceDeclarationApiTest {

  private static final String KEY = "temporary-absence-declaration";
  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void catalogueEntryPublishesTheDataSchema() throws Exception {
    Response response = client().get("/api/v1/procedures/" + KEY);

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.body().path("dataSchema").path("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("destination", "from", "until", "reason");
  }

  @Test
  void filesAValidDeclarationAtTheCommuneOfPermanentResidenceForItsPolice() throws Exception {
    Response filed = file("001052206500", absence("2027-01-04", "2028-12-31", "79240", null));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    JsonNode dossier = filed.body();
    assertThat(dossier.path("communeCode").asText()).isEqualTo("01100");
    assertThat(dossier.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(dossier.path("requiredDocuments")).isEmpty();
    assertThat(dossier.path("satisfiedByData").findValuesAsText("type")).containsExactly("ID_CARD");
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(dossier.path("id").asText())
                .taskCandidateGroup("commune-01100-police")
                .count())
        .isEqualTo(1);
  }

  /**
   * ADDRESS_NOT_UPDATED_AFTER_REFORM (008173007386): the residence still names Phường Yên Hòa, Quận
   * Cầu Giấy; the dossier goes to the police of the current commune, and the officer — never the
   * citizen — sees the data issue.
   */
  @Test
  void applicantWithAPreReformAddressIsFiledAtTheCurrentCommuneWithTheDataIssue() throws Exception {
    Response filed = file("008173007386", absence("2027-01-04", "2029-01-03", null, "JP"));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    JsonNode dossier = filed.body();
    assertThat(dossier.path("communeCode").asText()).startsWith("011");
    assertThat(dossier.path("requiredDocuments")).isEmpty();
    assertThat(dossier.path("dataIssues").findValuesAsText("kind"))
        .contains("ADDRESS_NOT_UPDATED_AFTER_REFORM");
  }

  /** ID_CARD_ISSUE_DATE_MISSING (046185602151): a data issue for the officer, no paper asked. */
  @Test
  void applicantWhoseCardLacksItsIssueDateIsNotAskedForTheCard() throws Exception {
    Response filed = file("046185602151", absence("2027-01-04", "2029-01-03", "01100", null));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    JsonNode dossier = filed.body();
    assertThat(dossier.path("communeCode").asText()).isEqualTo("46205");
    assertThat(dossier.path("requiredDocuments")).isEmpty();
    assertThat(dossier.path("dataIssues").findValuesAsText("kind"))
        .contains("ID_CARD_ISSUE_DATE_MISSING");
  }

  @Test
  void refusesAtFilingADestinationCommuneThatDoesNotExist() throws Exception {
    assertRejected(
        file("001052206500", absence("2027-01-04", "2028-12-31", "99999", null)),
        422,
        "unknown-commune");
  }

  @Test
  void refusesAtFilingAnAbsenceThatEndsBeforeItStarts() throws Exception {
    assertRejected(
        file("001052206500", absence("2028-12-31", "2027-01-04", "79240", null)),
        422,
        "absence-ends-before-it-starts");
  }

  @Test
  void refusesWhatTheSchemaForbids() throws Exception {
    ObjectNode both = absence("2027-01-04", "2028-12-31", "79240", null);
    ((ObjectNode) both.path("destination")).put("abroadCountry", "JP");
    assertRejected(file("001052206500", both), 400, "invalid-data");
    ObjectNode none = absence("2027-01-04", "2028-12-31", "79240", null);
    none.remove("destination");
    assertRejected(file("001052206500", none), 400, "invalid-data");
    assertRejected(
        file("001052206500", absence("2027-01-04", "2028-12-31", null, "VN")), 400, "invalid-data");
    assertRejected(
        file("001052206500", absence("2027-02-30", "2028-12-31", "79240", null)),
        400,
        "invalid-data");
  }

  private void assertRejected(Response response, int status, String type) throws Exception {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(response.body().path("type").asText()).endsWith(type);
    assertThat(response.body().path("detail").asText()).isNotBlank();
  }

  private ObjectNode absence(String from, String until, String communeCode, String country) {
    ObjectNode data = json.createObjectNode().put("from", from).put("until", until);
    data.put("reason", "Đi làm việc");
    ObjectNode destination = data.putObject("destination");
    if (communeCode != null) {
      destination.put("communeCode", communeCode);
    }
    if (country != null) {
      destination.put("abroadCountry", country);
    }
    return data;
  }

  private DossierApiClient client() {
    // The commune police of Ba Đình file at the counter for the applicant.
    return new DossierApiClient(port, json, "police.badinh", "demo");
  }

  private Response file(String applicantPin, ObjectNode data) throws Exception {
    return client().file(KEY, applicantPin, data);
  }
}
