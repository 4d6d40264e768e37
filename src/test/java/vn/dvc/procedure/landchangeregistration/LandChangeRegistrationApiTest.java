package vn.dvc.procedure.landchangeregistration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierApiClient;
import vn.dvc.dossier.DossierApiClient.Response;

/**
 * Land change registration as the portal files it, over real HTTP on the random port: the published
 * schema, a sandbox owner whose address was never updated after the 2025 reform, and the intake's
 * problem+json errors, which leave no dossier behind.
 */
@DvcSpringBootTest
class LandChangeRegistrationApiTest {

  private static final String PROBLEM_JSON = "application/problem+json";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService tasks;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void catalogueEntryPublishesTheDataSchema() throws Exception {
    Response response = get("/api/v1/procedures/land-change-registration");

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    JsonNode schema = response.body().path("dataSchema");
    assertThat(schema.path("properties").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("parcelId", "changeType", "toPins", "contractNo");
  }

  /**
   * ADDRESS_NOT_UPDATED_AFTER_REFORM (001090515663): the owner's residence still names a district
   * abolished in 2025. The parcel decides where the dossier goes (Ba Đình, 01100, province 01), the
   * owner is not asked to prove anything the registries hold, and without a notarized contract on
   * record the contract alone is asked for.
   */
  @Test
  void ownerWithAPreReformAddressIsAskedOnlyForTheContractNotarizationLacks() throws Exception {
    Response filed = file("001090515663", land("01100-54-0884", "TRANSFER", "001050413849"));

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    JsonNode dossier = filed.body();
    assertThat(dossier.path("communeCode").asText()).isEqualTo("01100");
    assertThat(dossier.path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(dossier.path("requiredDocuments").findValuesAsText("type"))
        .containsExactly("LAND_TRANSFER_CONTRACT");
    assertThat(dossier.path("satisfiedByData").findValuesAsText("type"))
        .contains("LAND_USE_CERTIFICATE", "ID_CARD");
    assertThat(dossier.path("dataIssues").findValuesAsText("kind"))
        .contains("ADDRESS_NOT_UPDATED_AFTER_REFORM");
    assertThat(
            tasks.createTaskQuery().processInstanceBusinessKey(dossier.path("id").asText()).count())
        .as("the dossier waits for the citizen, not for an officer")
        .isZero();
  }

  @Test
  void refusesAtFilingAParcelTheRegistryDoesNotHold() throws Exception {
    assertRejected(
        file("001050413849", land("01100-99-9999", "TRANSFER", "001090515663")),
        422,
        "unknown-parcel");
  }

  @Test
  void refusesAtFilingAChangeThatIsNoTransferGiftOrInheritance() throws Exception {
    // The schema's enum: refused before the intake, naming the field and the allowed values.
    Response response = file("001090515663", land("01100-54-0884", "MORTGAGE", "001050413849"));

    assertRejected(response, 400, "invalid-data");
    assertThat(response.body().path("errors").toString())
        .contains("changeType")
        .contains("TRANSFER", "GIFT", "INHERITANCE");
  }

  @Test
  void refusesAtFilingAChangeWithNobodyToReceiveTheParcel() throws Exception {
    // The schema's minItems: refused before the intake, naming the field.
    Response response = file("001090515663", land("01100-54-0884", "GIFT"));

    assertRejected(response, 400, "invalid-data");
    assertThat(response.body().path("errors").toString()).contains("toPins");
  }

  private void assertRejected(Response response, int status, String type) throws Exception {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    assertThat(response.body().path("type").asText()).endsWith(type);
    assertThat(response.body().path("detail").asText()).isNotBlank();
  }

  private ObjectNode land(String parcelId, String changeType, String... toPins) {
    ObjectNode data =
        json.createObjectNode().put("parcelId", parcelId).put("changeType", changeType);
    data.putArray("toPins").addAll(List.of(toPins).stream().map(data::textNode).toList());
    return data;
  }

  private Response file(String applicantPin, ObjectNode data) throws Exception {
    // The land registration office of Hà Nội files at the counter for the applicant.
    return new DossierApiClient(port, json, "landregistry.hanoi", "demo")
        .file("land-change-registration", applicantPin, data);
  }

  private Response get(String path) throws Exception {
    return new DossierApiClient(port, json, "landregistry.hanoi", "demo").get(path);
  }
}
