package vn.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.dossier.UploadAssertions.assertNothingSupplied;
import static vn.dvc.dossier.UploadAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierApiClient.Response;
import vn.dvc.identity.Groups;

/**
 * Who reads a dossier, who supplies its documents, and whose Idempotency-Key a filing replays, over
 * real HTTP with the demo accounts. Dossiers are filed by the administrator {@code demo} at the
 * counter (unless the test is about the filer), so that no reader sees them for having filed them.
 * The sandbox families here (certificates CS-2026-000052, 58, 59 and 60) are this class's only.
 */
@DvcSpringBootTest
class DossierAccessApiTest {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String BA_DINH = "01100";
  private static final String CAU_GIAY = "01107";

  /** A second civil-status officer of Ba Đình, who did not file the dossiers of these tests. */
  private static final String COLLEAGUE = "colleague.badinh";

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** Mother and father of CS-2026-000058, living in 20254; filed wherever a test says. */
  private static final String MOTHER_58 = "020191981911";

  private static final String FATHER_58 = "077091896241";

  /** Mother and father of CS-2026-000060 (01128). */
  private static final String MOTHER_60 = "034188041529";

  private static final String FATHER_60 = "001092769237";

  /** Mother and father of CS-2026-000052 (40142). */
  private static final String MOTHER_52 = "014194685865";

  private static final String FATHER_52 = "040092199669";

  /** CS-2026-000059: mother and father live in Cầu Giấy (01107). */
  private static final String MOTHER_59 = "014199375999";

  private static final String FATHER_59 = "001098743480";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ApplicationContext context;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void colleagueOfTheOfficerOfBaDinh() {
    if (identity.createUserQuery().userId(COLLEAGUE).count() == 0) {
      User user = identity.newUser(COLLEAGUE);
      user.setFirstName("Bình");
      user.setLastName("Colleague (officer, Ba Đình)");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(COLLEAGUE, Groups.civilStatusOfficers(BA_DINH));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  @Test
  void officerOfTheCommuneReadsItsDossierWaitingForDocuments() throws Exception {
    String id = waitingBirth(MOTHER_58, FATHER_58, BA_DINH);

    assertThat(as("officer.badinh").get(path(id)).status()).isEqualTo(200);
    assertThat(as(COLLEAGUE).get(path(id)).status()).isEqualTo(200);
  }

  @Test
  void officerCannotReadADossierOfAnotherCommune() throws Exception {
    String id = waitingBirth(MOTHER_58, FATHER_58, CAU_GIAY);

    assertNotFound(as("officer.badinh").get(path(id)), id);
  }

  @Test
  void policeOfTheProvinceCannotReadABirthRegistrationTheyDoNotHandle() throws Exception {
    String id = waitingBirth(MOTHER_60, FATHER_60, BA_DINH);

    assertNotFound(as("police.badinh").get(path(id)), id);
    assertNotFound(as("police.caugiay").get(path(id)), id);
  }

  @Test
  void socialSecurityCannotReadADossierWithoutItsPart() throws Exception {
    String id = waitingBirth(MOTHER_60, FATHER_60, BA_DINH);

    assertNotFound(as("socialsecurity.hanoi").get(path(id)), id);
  }

  @Test
  void landRegistryCannotReadABirthRegistration() throws Exception {
    String id = waitingBirth(MOTHER_60, FATHER_60, BA_DINH);

    assertNotFound(as("landregistry.hanoi").get(path(id)), id);
  }

  @Test
  void auditorsAndAnalystsReadNoDossier() throws Exception {
    String id = waitingBirth(MOTHER_60, FATHER_60, BA_DINH);

    assertNotFound(as("auditor").get(path(id)), id);
    assertNotFound(as("analyst").get(path(id)), id);
    assertThat(as("demo").get(path(id)).status()).isEqualTo(200);
  }

  /**
   * The interlinked birth filed in Ba Đình for a family of Cầu Giấy: the commune police of Cầu Giấy
   * see it from the moment the child's residence is routed to them, and keep seeing it after their
   * task is done; social security of Hà Nội from its health-card task on; Ba Đình's police never.
   */
  @Test
  void policeOfTheResidenceCommuneReadInterlinkedBirthOnceTheirTaskExists() throws Exception {
    ObjectNode data = birthData(FATHER_59, BA_DINH, "CS-2026-000059", "2026-09-10", "FEMALE");
    data.putObject("residence").put("sameAsParentPin", MOTHER_59);
    Response filed = as("demo").file("interlinked-birth", MOTHER_59, data);
    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("status").asText()).isEqualTo("IN_REVIEW");

    assertNotFound(as("police.caugiay").get(path(id)), id);
    assertThat(as("officer.badinh").get(path(id)).status()).isEqualTo(200);

    complete(id, "Task_ReviewDossier", Map.of("reviewDecision", "APPROVE"));
    complete(id, "Task_SignDossier", Map.of("signDecision", "SIGN"));
    runJobs(id);
    assertThat(new DossierFixtures(context).candidateGroups(task(id, "Task_ReviewDossier")))
        .containsExactly("commune-" + CAU_GIAY + "-police");

    assertThat(as("police.caugiay").get(path(id)).status()).isEqualTo(200);
    assertThat(listedIds(as("police.caugiay"), MOTHER_59)).contains(id);
    assertNotFound(as("police.badinh").get(path(id)), id);
    assertNotFound(as("socialsecurity.hanoi").get(path(id)), id);

    complete(id, "Task_ReviewDossier", Map.of("reviewDecision", "APPROVE"));
    runJobs(id);
    assertThat(new DossierFixtures(context).candidateGroups(task(id, "Task_ReviewDossier")))
        .containsExactly("province-01-social-security");

    assertThat(as("police.caugiay").get(path(id)).status())
        .as("police who handled the residence part keep reading the dossier")
        .isEqualTo(200);
    assertThat(as("socialsecurity.hanoi").get(path(id)).status()).isEqualTo(200);
    assertThat(as("officer.badinh").get(path(id)).status()).isEqualTo(200);
  }

  @Test
  void listShowsOnlyDossiersTheCallerHandles() throws Exception {
    String baDinh = waitingBirth(MOTHER_52, FATHER_52, BA_DINH);
    String cauGiay = waitingBirth(MOTHER_52, FATHER_52, CAU_GIAY);

    assertThat(listedIds(as("officer.badinh"), MOTHER_52)).contains(baDinh).doesNotContain(cauGiay);
    assertThat(listedIds(as("police.badinh"), MOTHER_52)).doesNotContain(baDinh, cauGiay);
    assertThat(listedIds(as("landregistry.hanoi"), MOTHER_52)).doesNotContain(baDinh, cauGiay);
    assertThat(listedIds(as("supervisor.hanoi"), MOTHER_52)).contains(baDinh, cauGiay);
    assertThat(listedIds(as("supervisor.nghean"), MOTHER_52)).doesNotContain(baDinh, cauGiay);
    assertThat(listedIds(as("demo"), MOTHER_52)).contains(baDinh, cauGiay);

    Response page = as("supervisor.hanoi").get("/api/v1/dossiers?applicantPin=" + MOTHER_52);
    assertThat(page.status()).as(page.text()).isEqualTo(200);
    JsonNode first = page.body().get(0);
    assertThat(first.path("procedure").asText()).isEqualTo("birth-registration");
    assertThat(first.path("status").asText()).isNotBlank();
    assertThat(first.path("communeCode").asText()).isNotBlank();
    assertThat(first.path("receivedAt").asText()).isNotBlank();
    Response badLimit = as("officer.badinh").get("/api/v1/dossiers?limit=0");
    assertThat(badLimit.status()).as(badLimit.text()).isEqualTo(400);
    assertThat(badLimit.contentType()).startsWith(PROBLEM_JSON);
  }

  // ---------------------------------------------------------------------------------------------
  // Supplying documents

  @Test
  void supervisorReadsTheProvincesDossiersButCannotUpload() throws Exception {
    String id = waitingBirth(MOTHER_58, FATHER_58, BA_DINH);

    assertThat(as("supervisor.hanoi").get(path(id)).status()).isEqualTo(200);
    Response upload =
        as("supervisor.hanoi")
            .upload(id, "BIRTH_WITNESS_STATEMENT", "w.pdf", "application/pdf", PDF);

    assertProblem(upload, 403, "not-allowed-to-supply");
    assertNothingSupplied(jdbc, id);
  }

  @Test
  void policeOfAnotherCommuneCannotUpload() throws Exception {
    String id = waitingBirth(MOTHER_58, FATHER_58, BA_DINH);

    Response upload =
        as("police.caugiay").upload(id, "BIRTH_WITNESS_STATEMENT", "w.pdf", "application/pdf", PDF);

    assertNotFound(upload, id);
    assertNothingSupplied(jdbc, id);
  }

  @Test
  void officerWhoFiledAtTheCounterMaySupplyTheDocument() throws Exception {
    Response filed =
        as("officer.badinh")
            .file("birth-registration", MOTHER_60, waitingBirthData(FATHER_60, BA_DINH));
    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");

    assertThat(as(COLLEAGUE).get(path(id)).status()).isEqualTo(200);
    Response byColleague =
        as(COLLEAGUE).upload(id, "BIRTH_WITNESS_STATEMENT", "w.pdf", "application/pdf", PDF);
    assertProblem(byColleague, 403, "not-allowed-to-supply");
    assertNothingSupplied(jdbc, id);

    Response byFiler =
        as("officer.badinh").upload(id, "BIRTH_WITNESS_STATEMENT", "w.pdf", "application/pdf", PDF);
    assertThat(byFiler.status()).as(byFiler.text()).isEqualTo(201);
    assertThat(byFiler.body().path("status").asText()).isEqualTo("IN_REVIEW");
  }

  // ---------------------------------------------------------------------------------------------
  // Idempotency keys belong to their caller

  @Test
  void idempotencyKeyOfAnotherCallerFilesANewDossier() throws Exception {
    String key = "access-test-" + UUID.randomUUID();
    ObjectNode data = waitingBirthData(FATHER_58, BA_DINH);

    Response first = as("officer.badinh").file("birth-registration", MOTHER_58, data, key);
    Response other = as(COLLEAGUE).file("birth-registration", MOTHER_58, data, key);
    Response replay = as("officer.badinh").file("birth-registration", MOTHER_58, data, key);

    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(other.status()).as(other.text()).isEqualTo(201);
    assertThat(other.raw().headers().firstValue("Idempotent-Replayed")).hasValue("false");
    assertThat(other.body().path("id").asText()).isNotEqualTo(first.body().path("id").asText());
    assertThat(replay.status()).as(replay.text()).isEqualTo(201);
    assertThat(replay.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(replay.body().path("id").asText()).isEqualTo(first.body().path("id").asText());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier where idempotency_key = ?", Integer.class, key))
        .isEqualTo(2);
  }

  @Test
  void replayWithAnotherBodyDoesNotNameTheOtherCallersDossier() throws Exception {
    String key = "access-test-" + UUID.randomUUID();
    Response first =
        as("officer.badinh")
            .file("birth-registration", MOTHER_58, waitingBirthData(FATHER_58, BA_DINH), key);
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    String firstId = first.body().path("id").asText();

    Response other =
        as(COLLEAGUE)
            .file("birth-registration", MOTHER_58, waitingBirthData(FATHER_58, BA_DINH), key);

    assertThat(other.text()).doesNotContain(firstId);
    assertThat(other.status()).as(other.text()).isEqualTo(201);

    Response sameCallerOtherBody =
        as("officer.badinh")
            .file("birth-registration", MOTHER_58, waitingBirthData(FATHER_58, BA_DINH), key);
    assertProblem(sameCallerOtherBody, 422, "idempotency-key-reused");
    assertThat(sameCallerOtherBody.text()).doesNotContain(other.body().path("id").asText());
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private DossierApiClient as(String user) {
    return new DossierApiClient(port, json, user, "demo");
  }

  private static String path(String id) {
    return "/api/v1/dossiers/" + id;
  }

  /** A birth registration filed by the administrator at the counter, waiting for a statement. */
  private String waitingBirth(String mother, String father, String commune) throws Exception {
    Response filed =
        as("demo").file("birth-registration", mother, waitingBirthData(father, commune));
    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    assertThat(filed.body().path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    return filed.body().path("id").asText();
  }

  /** No certificate the health facilities know, so a witness statement is asked for. */
  private ObjectNode waitingBirthData(String father, String commune) {
    String unknownCertificate = "CS-2026-9" + UUID.randomUUID().toString().substring(0, 5);
    return birthData(father, commune, unknownCertificate, "2026-09-16", "FEMALE");
  }

  private ObjectNode birthData(
      String father, String commune, String certificate, String bornOn, String gender) {
    ObjectNode data = json.createObjectNode();
    data.put("communeCode", commune);
    data.putObject("child")
        .put("fullName", "Lê Phạm Vi " + UUID.randomUUID().toString().substring(0, 8))
        .put("gender", gender)
        .put("dateOfBirth", bornOn)
        .put("placeOfBirth", "Bệnh viện Sản Nhi");
    data.put("birthCertificateNo", certificate);
    data.put("otherParentPin", father);
    return data;
  }

  private List<String> listedIds(DossierApiClient client, String applicantPin) throws Exception {
    Response list = client.get("/api/v1/dossiers?limit=200&applicantPin=" + applicantPin);
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.body().forEach(d -> ids.add(d.path("id").asText()));
    return ids;
  }

  private void assertNotFound(Response response, String id) {
    assertProblem(response, 404, "dossier-not-found");
    assertThat(response.text()).doesNotContain("WAITING_FOR_DOCUMENTS", "IN_REVIEW");
  }

  // The dossier's tasks as Tasklist would complete them, and its jobs as the job executor would run
  // them (the test profile has no job executor).

  private Task task(String dossier, String definitionKey) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey(definitionKey)
            .singleResult();
    assertThat(task).as("open task %s of dossier %s", definitionKey, dossier).isNotNull();
    return task;
  }

  private void complete(String dossier, String definitionKey, Map<String, Object> variables) {
    tasks.complete(task(dossier, definitionKey).getId(), variables);
  }

  private void runJobs(String dossier) {
    for (Job job = nextContinuation(dossier); job != null; job = nextContinuation(dossier)) {
      management.executeJob(job.getId());
    }
  }

  private Job nextContinuation(String dossier) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(dossier)
            .rootProcessInstances()
            .singleResult();
    if (instance == null) {
      return null;
    }
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .messages()
        .listPage(0, 1)
        .stream()
        .findFirst()
        .orElse(null);
  }
}
