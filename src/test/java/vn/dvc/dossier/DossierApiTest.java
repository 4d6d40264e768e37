package vn.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;

/**
 * The Dossier API and the catalogue API over real HTTP on the random port, so that the servlet
 * filters (security, body-size limit) take part. Side effects are checked in the dossier tables and
 * in the engine. The database is shared with other test classes: every count is taken for this
 * test's own applicant, child name, Idempotency-Key or dossier, never globally.
 */
@DvcSpringBootTest
class DossierApiTest {

  private static final String PROCEDURE = "birth-registration";
  private static final String USER = "officer.badinh";
  private static final String PASSWORD = "demo";
  private static final String OTHER_USER = "chair.truongvinh";
  private static final String PROBLEM_JSON = "application/problem+json";
  private static final long JSON_LIMIT = 64 * 1024;

  /**
   * A mother with an electronic medical birth certificate and an open marriage in civil-status,
   * with the facts of that birth, all read from sandbox-data/ (certificates CS-2026-000020..35 are
   * this class's; other test classes use the others).
   */
  private record Family(
      String motherPin,
      String fatherPin,
      String certificateNo,
      String dateOfBirth,
      String childGender,
      String placeOfBirth,
      String marriageNo,
      String communeCode) {}

  private static final Family CS20 = Sandbox.family("CS-2026-000020");
  private static final Family CS21 = Sandbox.family("CS-2026-000021");
  private static final Family CS22 = Sandbox.family("CS-2026-000022");
  private static final Family CS23 = Sandbox.family("CS-2026-000023");
  private static final Family CS25 = Sandbox.family("CS-2026-000025");
  private static final Family CS26 = Sandbox.family("CS-2026-000026");
  private static final Family CS27 = Sandbox.family("CS-2026-000027");
  private static final Family CS29 = Sandbox.family("CS-2026-000029");
  private static final Family CS30 = Sandbox.family("CS-2026-000030");
  private static final Family CS31 = Sandbox.family("CS-2026-000031");
  private static final Family CS32 = Sandbox.family("CS-2026-000032");

  /** In population.json with {@code deceased: true}. */
  private static final String DECEASED_IN_POPULATION = "012147250559";

  /** DEATH_NOT_SYNCED in defects.json: dead in civil-status, alive in population. */
  private static final String DEATH_NOT_SYNCED = "015049173441";

  /** Well-formed PINs that are not in population.json. */
  private static final String UNKNOWN_WOMAN = "036193000017";

  private static final String UNKNOWN_MAN = "036088000023";

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  // ---------------------------------------------------------------------------------------------
  // 1. Valid filing

  @Test
  void filesCompleteDossierInReviewWithRegistryProvenance() throws Exception {
    ObjectNode request = request(CS20, true);
    int dossiersBefore = dossiersOf(CS20.motherPin());

    Response filed = post("/api/v1/dossiers", request, Map.of());

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    JsonNode dossier = filed.body();
    String id = dossier.path("id").asText();
    assertThat(id).matches(CS20.communeCode() + "-\\d{6}-\\d{6}");
    assertThat(filed.header("Location")).isEqualTo("/api/v1/dossiers/" + id);
    assertThat(filed.header("Idempotent-Replayed")).isEqualTo("false");
    assertThat(dossier.path("procedure").asText()).isEqualTo(PROCEDURE);
    assertThat(dossier.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(dossier.path("applicantPin").asText()).isEqualTo(CS20.motherPin());
    assertThat(dossier.path("communeCode").asText()).isEqualTo(CS20.communeCode());
    assertThat(dossier.path("requiredDocuments").isArray()).isTrue();
    assertThat(dossier.path("requiredDocuments")).isEmpty();
    assertThat(satisfied(dossier, "MEDICAL_BIRTH_CERTIFICATE"))
        .containsEntry("source", "health-facilities")
        .containsEntry("reference", CS20.certificateNo());
    assertThat(satisfied(dossier, "MARRIAGE_CERTIFICATE"))
        .containsEntry("source", "civil-status")
        .containsEntry("reference", CS20.marriageNo());
    assertThat(satisfied(dossier, "ID_CARD"))
        .containsEntry("source", "population")
        .containsEntry("reference", CS20.motherPin());
    assertThat(events(dossier)).contains("RECEIVED", "IN_REVIEW").startsWith("RECEIVED");

    assertThat(dossiersOf(CS20.motherPin())).isEqualTo(dossiersBefore + 1);
    Map<String, Object> row = jdbc.queryForMap("select * from dossier where id = ?", id);
    assertThat(row.get("STATUS")).isEqualTo("IN_REVIEW");
    assertThat(row.get("APPLICANT_PIN")).isEqualTo(CS20.motherPin());
    assertThat(row.get("SUBMITTED_BY")).isEqualTo(USER);
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCEDURE)
            .processInstanceBusinessKey(id)
            .singleResult();
    assertThat(instance).isNotNull();
    assertThat(row.get("PROCESS_INSTANCE_ID")).isEqualTo(instance.getId());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier_event where dossier_id = ? and event = 'RECEIVED'",
                Integer.class,
                id))
        .isEqualTo(1);

    Response fetched = get("/api/v1/dossiers/" + id);
    assertThat(fetched.status()).isEqualTo(200);
    assertThat(fetched.body()).isEqualTo(dossier);
  }

  @Test
  void reportsMismatchingBirthCertificateAsRequiredDocumentAndDataIssue() throws Exception {
    ObjectNode request = request(CS30, true);
    child(request).put("dateOfBirth", LocalDate.parse(CS30.dateOfBirth()).plusDays(1).toString());

    Response filed = post("/api/v1/dossiers", request, Map.of());

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    JsonNode dossier = filed.body();
    assertThat(dossier.path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(required(dossier, "MEDICAL_BIRTH_CERTIFICATE").path("reason").asText()).isNotBlank();
    assertThat(dossier.path("dataIssues").findValuesAsText("kind"))
        .contains("BIRTH_CERTIFICATE_MISMATCH");
    assertThat(satisfied(dossier, "MARRIAGE_CERTIFICATE"))
        .containsEntry("reference", CS30.marriageNo());
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Filing without a certificate, then supplying the requested document

  @Test
  void asksForWitnessStatementWithoutCertificateAndResumesWhenItIsSupplied() throws Exception {
    Response filed = post("/api/v1/dossiers", request(CS23, false), Map.of());

    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    String id = filed.body().path("id").asText();
    assertThat(filed.body().path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    JsonNode witness = required(filed.body(), "BIRTH_WITNESS_STATEMENT");
    assertThat(witness.path("reason").asText()).isNotBlank();
    assertThat(witness.path("supplied").asBoolean()).isFalse();
    assertThat(satisfied(filed.body(), "MARRIAGE_CERTIFICATE"))
        .containsEntry("source", "civil-status")
        .containsEntry("reference", CS23.marriageNo());
    assertThat(activityIds(id)).contains("Task_WaitForDocuments");

    Response supplied =
        upload(id, "BIRTH_WITNESS_STATEMENT", "witness.pdf", "application/pdf", PDF);

    assertThat(supplied.status()).as(supplied.text()).isEqualTo(201);
    assertThat(supplied.body().path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(required(supplied.body(), "BIRTH_WITNESS_STATEMENT").path("supplied").asBoolean())
        .isTrue();
    JsonNode documents = supplied.body().path("documents");
    assertThat(documents).hasSize(1);
    assertThat(documents.get(0).path("type").asText()).isEqualTo("BIRTH_WITNESS_STATEMENT");
    assertThat(documents.get(0).path("fileName").asText()).isEqualTo("witness.pdf");
    assertThat(documents.get(0).path("contentType").asText()).isEqualTo("application/pdf");
    assertThat(documents.get(0).path("sizeBytes").asLong()).isEqualTo(PDF.length);
    assertThat(events(supplied.body()))
        .containsSubsequence("RECEIVED", "WAITING_FOR_DOCUMENTS", "DOCUMENT_SUPPLIED", "IN_REVIEW");
    assertThat(
            jdbc.queryForObject(
                "select sha256 from dossier_document where dossier_id = ?", String.class, id))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
    assertThat(activityIds(id))
        .contains("Task_ReviewDossier")
        .doesNotContain("Task_WaitForDocuments");

    Response again = upload(id, "BIRTH_WITNESS_STATEMENT", "again.pdf", "application/pdf", PDF);

    assertProblem(again, 409, "not-waiting-for-documents");
    assertThat(documentsOf(id)).isEqualTo(1);
    assertThat(get("/api/v1/dossiers/" + id).body().path("status").asText()).isEqualTo("IN_REVIEW");
  }

  @Test
  void refusesDocumentOfTypeNotRequestedAndStoresNothing() throws Exception {
    String id = fileWaitingDossier(CS25);

    Response wrongType =
        upload(id, "MEDICAL_BIRTH_CERTIFICATE", "certificate.pdf", "application/pdf", PDF);

    assertProblem(wrongType, 422, "document-not-requested");
    assertThat(wrongType.body().path("requestedTypes").toString())
        .contains("BIRTH_WITNESS_STATEMENT");
    assertThat(documentsOf(id)).isZero();
    assertThat(get("/api/v1/dossiers/" + id).body().path("status").asText())
        .isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(activityIds(id)).contains("Task_WaitForDocuments");
  }

  @Test
  void refusesPlainTextDocumentWithUnsupportedFormatAndStoresNothing() throws Exception {
    String id = fileWaitingDossier(CS25);

    Response text =
        upload(
            id,
            "BIRTH_WITNESS_STATEMENT",
            "witness.txt",
            "text/plain",
            "I saw the birth.".getBytes(StandardCharsets.UTF_8));

    assertProblem(text, 415, "unsupported-document-format");
    assertThat(documentsOf(id)).isZero();
    assertThat(get("/api/v1/dossiers/" + id).body().path("status").asText())
        .isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(activityIds(id)).contains("Task_WaitForDocuments");
  }

  @Test
  void refusesEmptyDocumentAndStoresNothing() throws Exception {
    String id = fileWaitingDossier(CS25);

    Response empty =
        upload(id, "BIRTH_WITNESS_STATEMENT", "witness.pdf", "application/pdf", new byte[0]);

    assertProblem(empty, 400, "empty-document");
    assertThat(documentsOf(id)).isZero();
    assertThat(activityIds(id)).contains("Task_WaitForDocuments");
  }

  @Test
  void refusesDocumentOverTheUploadLimitAndStoresNothing() throws Exception {
    String id = fileWaitingDossier(CS25);
    byte[] large = new byte[10 * 1024 * 1024 + 64 * 1024];
    System.arraycopy(PDF, 0, large, 0, PDF.length);

    Response tooLarge =
        upload(id, "BIRTH_WITNESS_STATEMENT", "witness.pdf", "application/pdf", large);

    assertProblem(tooLarge, 413, "document-too-large");
    assertThat(documentsOf(id)).isZero();
    assertThat(activityIds(id)).contains("Task_WaitForDocuments");
  }

  @Test
  void refusesDocumentForUnknownDossier() throws Exception {
    Response response =
        upload("NOPE-" + token(), "BIRTH_WITNESS_STATEMENT", "w.pdf", "application/pdf", PDF);

    assertProblem(response, 404, "dossier-not-found");
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Idempotency

  @Test
  void repeatedRequestWithSameIdempotencyKeyReturnsSameDossierOnce() throws Exception {
    String key = "dossier-api-test-" + UUID.randomUUID();
    ObjectNode request = request(CS21, true);
    int dossiersBefore = dossiersOf(CS21.motherPin());

    Response first = post("/api/v1/dossiers", request, Map.of("Idempotency-Key", key));
    Response second = post("/api/v1/dossiers", request, Map.of("Idempotency-Key", key));

    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
    assertThat(second.status()).as(second.text()).isEqualTo(201);
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    String id = first.body().path("id").asText();
    assertThat(second.body().path("id").asText()).isEqualTo(id);
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(second.body()).isEqualTo(get("/api/v1/dossiers/" + id).body());

    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier where idempotency_key = ?", Integer.class, key))
        .isEqualTo(1);
    assertThat(dossiersOf(CS21.motherPin())).isEqualTo(dossiersBefore + 1);
    assertThat(instancesWithBusinessKey(id)).isEqualTo(1);
  }

  @Test
  void sameIdempotencyKeyWithSameContentInAnotherKeyOrderIsAReplay() throws Exception {
    String key = "dossier-api-test-" + UUID.randomUUID();
    ObjectNode request = request(CS21, true);
    Response first = post("/api/v1/dossiers", request, Map.of("Idempotency-Key", key));
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    JsonNode child = request.path("data").path("child");
    String reordered =
        "{ \"data\": { \"otherParentPin\": \""
            + CS21.fatherPin()
            + "\", \"child\": {\"placeOfBirth\": "
            + json.writeValueAsString(child.path("placeOfBirth").asText())
            + ", \"dateOfBirth\": \""
            + child.path("dateOfBirth").asText()
            + "\", \"gender\": \""
            + child.path("gender").asText()
            + "\", \"fullName\": "
            + json.writeValueAsString(child.path("fullName").asText())
            + "}, \"birthCertificateNo\": \""
            + CS21.certificateNo()
            + "\" },\n  \"applicantPin\": \""
            + CS21.motherPin()
            + "\", \"procedure\": \"birth-registration\" }";

    Response replay = post("/api/v1/dossiers", reordered, Map.of("Idempotency-Key", key));

    assertThat(replay.status()).as(replay.text()).isEqualTo(201);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.body().path("id").asText()).isEqualTo(first.body().path("id").asText());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier where idempotency_key = ?", Integer.class, key))
        .isEqualTo(1);
  }

  @Test
  void concurrentRequestsWithSameIdempotencyKeyFileOneDossier() throws Exception {
    String key = "dossier-api-test-" + UUID.randomUUID();
    ObjectNode request = request(CS31, true);
    int dossiersBefore = dossiersOf(CS31.motherPin());
    int parallel = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    List<Response> responses = new ArrayList<>();
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return post("/api/v1/dossiers", request, Map.of("Idempotency-Key", key));
                }));
      }
      start.countDown();
      for (Future<Response> future : futures) {
        responses.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.text()).isEqualTo(201));
    assertThat(responses.stream().map(r -> r.body().path("id").asText()).distinct()).hasSize(1);
    assertThat(responses.stream().filter(r -> "false".equals(r.header("Idempotent-Replayed"))))
        .hasSize(1);
    String id = responses.get(0).body().path("id").asText();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier where idempotency_key = ?", Integer.class, key))
        .isEqualTo(1);
    assertThat(dossiersOf(CS31.motherPin())).isEqualTo(dossiersBefore + 1);
    assertThat(instancesWithBusinessKey(id)).isEqualTo(1);
  }

  @Test
  void refusesIdempotencyKeyReusedForDifferentRequest() throws Exception {
    String key = "dossier-api-test-" + UUID.randomUUID();
    Response first = post("/api/v1/dossiers", request(CS22, true), Map.of("Idempotency-Key", key));
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    String id = first.body().path("id").asText();
    int dossiersBefore = dossiersOf(CS22.motherPin());

    Response reused = post("/api/v1/dossiers", request(CS22, true), Map.of("Idempotency-Key", key));

    assertProblem(reused, 422, "idempotency-key-reused");
    assertThat(reused.detail()).contains(id);
    assertThat(dossiersOf(CS22.motherPin())).isEqualTo(dossiersBefore);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier where idempotency_key = ?", Integer.class, key))
        .isEqualTo(1);
    assertThat(instancesWithBusinessKey(id)).isEqualTo(1);
  }

  @Test
  void refusesIdempotencyKeyLongerThan200Characters() throws Exception {
    ObjectNode request = request(CS26, true);

    assertRejectedWithoutSideEffects(
        request, Map.of("Idempotency-Key", "k".repeat(201)), 400, "invalid-idempotency-key");
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Bad input: problem+json, and nothing written

  @Test
  void rejectsUnknownProcedure() throws Exception {
    ObjectNode request = request(CS26, true);
    request.put("procedure", "no-such-procedure");

    assertRejectedWithoutSideEffects(request, 422, "unknown-procedure");
  }

  @Test
  void rejectsCatalogueProcedureThatCannotBeFiledYet() throws Exception {
    ObjectNode request = request(CS26, true);
    request.put("procedure", "passport-issuance");

    assertRejectedWithoutSideEffects(request, 422, "procedure-not-available");
  }

  @Test
  void rejectsPinOfElevenDigits() throws Exception {
    ObjectNode request = request(CS26, true);
    request.put("applicantPin", CS26.motherPin().substring(1));

    assertRejectedWithoutSideEffects(request, 400, "invalid-pin");
  }

  @Test
  void rejectsPinWithImpossibleCenturyDigit() throws Exception {
    ObjectNode request = request(CS26, true);
    request.put("applicantPin", "087789404226");

    assertRejectedWithoutSideEffects(request, 400, "invalid-pin");
  }

  @Test
  void rejectsWellFormedPinOfUnknownCitizen() throws Exception {
    ObjectNode request = request(CS26, true);
    request.put("applicantPin", UNKNOWN_WOMAN);
    assertThat(Sandbox.citizen(UNKNOWN_WOMAN)).as("in population.json").isNull();

    assertRejectedWithoutSideEffects(request, 422, "unknown-citizen");
  }

  @Test
  void rejectsApplicantRecordedDeceasedInPopulation() throws Exception {
    ObjectNode request = request(CS26, false);
    request.put("applicantPin", DECEASED_IN_POPULATION);
    assertThat(Sandbox.citizen(DECEASED_IN_POPULATION).path("deceased").asBoolean()).isTrue();
    ((ObjectNode) request.path("data")).remove("otherParentPin");

    assertRejectedWithoutSideEffects(request, 422, "applicant-deceased");
  }

  @Test
  void rejectsApplicantWhoseDeathIsOnlyInCivilStatus() throws Exception {
    ObjectNode request = request(CS26, false);
    request.put("applicantPin", DEATH_NOT_SYNCED);
    assertThat(Sandbox.citizen(DEATH_NOT_SYNCED).path("deceased").asBoolean()).isFalse();
    assertThat(Sandbox.deathRegistered(DEATH_NOT_SYNCED)).isTrue();
    ((ObjectNode) request.path("data")).remove("otherParentPin");

    assertRejectedWithoutSideEffects(request, 422, "applicant-deceased");
  }

  @Test
  void rejectsRequestWithoutApplicantPin() throws Exception {
    ObjectNode request = request(CS26, true);
    request.remove("applicantPin");

    Response response = assertRejectedWithoutSideEffects(request, 400, "missing-field");
    assertThat(response.body().path("field").asText()).isEqualTo("applicantPin");
  }

  @Test
  void rejectsRequestWithoutProcedure() throws Exception {
    ObjectNode request = request(CS26, true);
    request.remove("procedure");

    Response response = assertRejectedWithoutSideEffects(request, 400, "missing-field");
    assertThat(response.body().path("field").asText()).isEqualTo("procedure");
  }

  @Test
  void rejectsRequestWithoutData() throws Exception {
    ObjectNode request = request(CS26, true);
    String name = childName(request);
    request.remove("data");

    Response response =
        assertRejectedWithoutSideEffects(request, name, Map.of(), 400, "missing-field");
    assertThat(response.body().path("field").asText()).isEqualTo("data");
  }

  @Test
  void rejectsChildWithoutFullNameListingTheErrors() throws Exception {
    ObjectNode request = request(CS26, true);
    String name = child(request).path("fullName").asText();
    child(request).remove("fullName");

    Response response =
        assertRejectedWithoutSideEffects(request, name, Map.of(), 400, "invalid-data");
    assertThat(response.body().path("errors").isArray()).isTrue();
    assertThat(response.body().path("errors")).isNotEmpty();
    assertThat(response.body().path("errors").toString()).contains("fullName");
  }

  @Test
  void rejectsUnknownChildGender() throws Exception {
    ObjectNode request = request(CS26, true);
    child(request).put("gender", "BOY");

    Response response = assertRejectedWithoutSideEffects(request, 400, "invalid-data");
    assertThat(response.body().path("errors")).isNotEmpty();
  }

  @Test
  void rejectsDateOfBirthThatIsNoCalendarDate() throws Exception {
    ObjectNode request = request(CS29, true);
    child(request).put("dateOfBirth", "2026-02-30");

    assertRejectedWithoutSideEffects(request, 400, "invalid-data");
  }

  @Test
  void rejectsDataThatIsNotAnObject() throws Exception {
    ObjectNode request = request(CS26, true);
    String name = child(request).path("fullName").asText();
    request.putArray("data").add(name);

    assertRejectedWithoutSideEffects(request, name, Map.of(), 400, "invalid-data");
  }

  @Test
  void rejectsMalformedJson() throws Exception {
    String name = childName();
    String body =
        "{\"procedure\": \"birth-registration\", \"applicantPin\": \""
            + CS26.motherPin()
            + "\", \"data\": {\"child\": {\"fullName\": \""
            + name
            + "\"";

    assertRejectedWithoutSideEffects(
        CS26.motherPin(),
        name,
        () -> post("/api/v1/dossiers", body, Map.of()),
        400,
        "malformed-json");
  }

  @Test
  void rejectsBodyOverLimitDeclaredByContentLength() throws Exception {
    ObjectNode request = oversized(request(CS26, true));
    byte[] bytes = json.writeValueAsBytes(request);
    assertThat((long) bytes.length).isGreaterThan(JSON_LIMIT);

    assertRejectedWithoutSideEffects(
        CS26.motherPin(),
        childName(request),
        () -> send(jsonPost("/api/v1/dossiers", BodyPublishers.ofByteArray(bytes), Map.of())),
        413,
        "payload-too-large");
  }

  @Test
  void rejectsChunkedBodyOverLimit() throws Exception {
    ObjectNode request = oversized(request(CS26, true));
    byte[] bytes = json.writeValueAsBytes(request);
    // No declared length: the client sends it chunked, so only the reading limit can stop it.
    BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    assertThat(chunked.contentLength()).isNegative();

    assertRejectedWithoutSideEffects(
        CS26.motherPin(),
        childName(request),
        () -> send(jsonPost("/api/v1/dossiers", chunked, Map.of())),
        413,
        "payload-too-large");
  }

  @Test
  void acceptsChunkedBodyUnderLimit() throws Exception {
    ObjectNode request = request(CS32, true);
    child(request).put("placeOfBirth", "Bệnh viện " + "x".repeat(150));
    byte[] bytes = json.writeValueAsBytes(request);
    BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    int dossiersBefore = dossiersOf(CS32.motherPin());

    Response response = send(jsonPost("/api/v1/dossiers", chunked, Map.of()));

    assertThat(response.status()).as(response.text()).isEqualTo(201);
    assertThat(dossiersOf(CS32.motherPin())).isEqualTo(dossiersBefore + 1);
  }

  @Test
  void rejectsUnknownOtherParent() throws Exception {
    ObjectNode request = request(CS26, true);
    data(request).put("otherParentPin", UNKNOWN_MAN);
    assertThat(Sandbox.citizen(UNKNOWN_MAN)).as("in population.json").isNull();

    assertRejectedWithoutSideEffects(request, 422, "unknown-other-parent");
  }

  @Test
  void rejectsOtherParentPinWithImpossibleCenturyDigit() throws Exception {
    ObjectNode request = request(CS27, true);
    data(request).put("otherParentPin", "095785105659");

    assertRejectedWithoutSideEffects(request, 400, "invalid-pin");
  }

  @Test
  void rejectsApplicantNamedAsOtherParent() throws Exception {
    ObjectNode request = request(CS26, true);
    data(request).put("otherParentPin", CS26.motherPin());

    assertRejectedWithoutSideEffects(request, 422, "same-parent-twice");
  }

  @Test
  void rejectsParentsOfSameGender() throws Exception {
    ObjectNode request = request(CS26, true);
    data(request).put("otherParentPin", CS20.motherPin());

    assertRejectedWithoutSideEffects(request, 422, "parents-same-gender");
  }

  @Test
  void rejectsUnknownCommune() throws Exception {
    ObjectNode request = request(CS26, true);
    data(request).put("communeCode", "99999");

    assertRejectedWithoutSideEffects(request, 422, "unknown-commune");
  }

  @Test
  void rejectsChildBornInTheFuture() throws Exception {
    ObjectNode request = request(CS26, true);
    child(request)
        .put("dateOfBirth", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2).toString());

    assertRejectedWithoutSideEffects(request, 422, "child-born-in-future");
  }

  @Test
  void rejectsNonJsonContentType() throws Exception {
    ObjectNode request = request(CS26, true);
    HttpRequest.Builder post =
        authorized("/api/v1/dossiers")
            .header("Content-Type", "text/plain")
            .POST(BodyPublishers.ofByteArray(json.writeValueAsBytes(request)));

    assertRejectedWithoutSideEffects(
        CS26.motherPin(), childName(request), () -> send(post), 415, "unsupported-media-type");
  }

  @Test
  void answersProblemForMethodNotAllowedOnDossiers() throws Exception {
    Response response = send(authorized("/api/v1/dossiers/NOPE").DELETE());

    assertProblem(response, 405, "method-not-allowed");
  }

  @Test
  void answersProblemForUnknownApiPath() throws Exception {
    Response response = get("/api/v1/no-such-resource");

    assertProblem(response, 404, "not-found");
  }

  // ---------------------------------------------------------------------------------------------
  // 5. Unknown dossier

  @Test
  void answers404ForUnknownDossier() throws Exception {
    Response response = get("/api/v1/dossiers/NOPE");

    assertProblem(response, 404, "dossier-not-found");
  }

  // ---------------------------------------------------------------------------------------------
  // 6. Security

  @Test
  void requiresCredentialsForCatalogueApi() throws Exception {
    assertUnauthenticated(send(anonymous("/api/v1/procedures").GET()));
  }

  @Test
  void requiresCredentialsForDossierApi() throws Exception {
    assertUnauthenticated(send(anonymous("/api/v1/dossiers/x").GET()));
  }

  @Test
  void requiresCredentialsForEngineRestApi() throws Exception {
    assertUnauthenticated(send(anonymous("/engine-rest/task").GET()));
  }

  @Test
  void refusesWrongPassword() throws Exception {
    // Not the account the other tests sign in with: the engine throttles an account after a
    // failed login, and would refuse even its right password for a few seconds.
    HttpRequest.Builder request =
        anonymous("/api/v1/procedures")
            .header("Authorization", basic(OTHER_USER, PASSWORD + "-wrong"))
            .GET();
    try {
      assertUnauthenticated(send(request));
    } finally {
      identity.unlockUser(OTHER_USER);
    }
  }

  @Test
  void refusesUnknownUser() throws Exception {
    HttpRequest.Builder request =
        anonymous("/api/v1/procedures")
            .header("Authorization", basic("nobody.dossierapitest", PASSWORD))
            .GET();

    assertUnauthenticated(send(request));
  }

  @Test
  void refusesFilingWithoutCredentialsAndWritesNothing() throws Exception {
    ObjectNode request = request(CS26, true);
    HttpRequest.Builder post =
        anonymous("/api/v1/dossiers")
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofByteArray(json.writeValueAsBytes(request)));

    assertRejectedWithoutSideEffects(
        CS26.motherPin(), childName(request), () -> send(post), 401, "unauthenticated");
  }

  @Test
  void leavesHealthEndpointOpen() throws Exception {
    Response response = send(anonymous("/actuator/health").GET());

    assertThat(response.status()).as(response.text()).isEqualTo(200);
    assertThat(response.body().path("status").asText()).isEqualTo("UP");
  }

  // ---------------------------------------------------------------------------------------------
  // 7. Catalogue

  @Test
  void listsAllTwentyFiveProceduresWithNamesAuthorityTimeLimitAndFee() throws Exception {
    Response response = get("/api/v1/procedures");

    assertThat(response.status()).isEqualTo(200);
    JsonNode procedures = response.body();
    assertThat(procedures.isArray()).isTrue();
    assertThat(procedures).hasSize(25);
    assertThat(procedures.findValuesAsText("key"))
        .doesNotHaveDuplicates()
        .contains(PROCEDURE, "passport-issuance");
    for (JsonNode procedure : procedures) {
      String key = procedure.path("key").asText();
      assertThat(key).as("key").isNotBlank();
      assertThat(procedure.path("name").path("vi").asText()).as(key + " name.vi").isNotBlank();
      assertThat(procedure.path("name").path("en").asText()).as(key + " name.en").isNotBlank();
      assertThat(procedure.path("authority").path("vi").asText())
          .as(key + " authority")
          .isNotBlank();
      assertThat(procedure.path("timeLimit").path("unit").asText())
          .as(key + " timeLimit")
          .isNotBlank();
      assertThat(procedure.path("timeLimit").path("amount").isInt()).as(key + " amount").isTrue();
      assertThat(procedure.path("fee").isObject()).as(key + " fee").isTrue();
      assertThat(procedure.has("dataSchema")).as(key + " no schema in the list").isFalse();
    }
  }

  @Test
  void showsBirthRegistrationWithItsDataSchema() throws Exception {
    Response response = get("/api/v1/procedures/" + PROCEDURE);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().path("key").asText()).isEqualTo(PROCEDURE);
    assertThat(response.body().path("name").path("en").asText()).isNotBlank();
    assertThat(response.body().path("dataSchema").path("properties").path("child").isObject())
        .isTrue();
    assertThat(response.body().path("dataSchema").path("properties").path("child").path("required"))
        .isNotEmpty();
  }

  @Test
  void answers404ProblemForUnknownProcedureInCatalogue() throws Exception {
    Response response = get("/api/v1/procedures/no-such-procedure");

    assertProblem(response, 404, "unknown-procedure");
  }

  // ---------------------------------------------------------------------------------------------
  // Requests

  private ObjectNode request(Family family, boolean withCertificate) {
    ObjectNode request = json.createObjectNode();
    request.put("procedure", PROCEDURE);
    request.put("applicantPin", family.motherPin());
    ObjectNode data = request.putObject("data");
    ObjectNode child = data.putObject("child");
    child.put("fullName", childName());
    child.put("gender", family.childGender());
    child.put("dateOfBirth", family.dateOfBirth());
    child.put("placeOfBirth", family.placeOfBirth());
    if (withCertificate) {
      data.put("birthCertificateNo", family.certificateNo());
    }
    data.put("otherParentPin", family.fatherPin());
    return request;
  }

  /** A child's name no other test uses, by which this test's writes can be counted. */
  private static String childName() {
    return "Nguyễn Kiểm Thử " + token();
  }

  private static String childName(ObjectNode request) {
    return request.path("data").path("child").path("fullName").asText();
  }

  private static String token() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static ObjectNode data(ObjectNode request) {
    return (ObjectNode) request.path("data");
  }

  private static ObjectNode child(ObjectNode request) {
    return (ObjectNode) request.path("data").path("child");
  }

  /** Valid JSON of the right shape, only too large: without the limit it would answer 400. */
  private static ObjectNode oversized(ObjectNode request) {
    child(request).put("placeOfBirth", "x".repeat((int) JSON_LIMIT + 4096));
    return request;
  }

  private String fileWaitingDossier(Family family) throws Exception {
    ObjectNode request = request(family, false);
    data(request).put("birthCertificateNo", "CS-2026-9" + token().substring(0, 5));
    Response filed = post("/api/v1/dossiers", request, Map.of());
    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    assertThat(filed.body().path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(required(filed.body(), "BIRTH_WITNESS_STATEMENT").path("reason").asText())
        .isNotBlank();
    return filed.body().path("id").asText();
  }

  // ---------------------------------------------------------------------------------------------
  // Assertions

  private Response assertRejectedWithoutSideEffects(ObjectNode request, int status, String type)
      throws Exception {
    return assertRejectedWithoutSideEffects(request, childName(request), Map.of(), status, type);
  }

  private Response assertRejectedWithoutSideEffects(
      ObjectNode request, Map<String, String> headers, int status, String type) throws Exception {
    return assertRejectedWithoutSideEffects(request, childName(request), headers, status, type);
  }

  private Response assertRejectedWithoutSideEffects(
      ObjectNode request, String childName, Map<String, String> headers, int status, String type)
      throws Exception {
    String applicant = request.path("applicantPin").asText(CS26.motherPin());
    return assertRejectedWithoutSideEffects(
        applicant, childName, () -> post("/api/v1/dossiers", request, headers), status, type);
  }

  private Response assertRejectedWithoutSideEffects(
      String applicantPin, String childName, Call call, int status, String type) throws Exception {
    long dossiersBefore = dossiersOf(applicantPin);
    long instancesBefore = instancesOf(applicantPin);

    Response response = call.send();

    assertProblem(response, status, type);
    assertThat(dossiersOf(applicantPin))
        .as("dossiers of " + applicantPin)
        .isEqualTo(dossiersBefore);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier where data_json like ?",
                Integer.class,
                "%" + childName + "%"))
        .as("dossiers for child " + childName)
        .isZero();
    assertThat(instancesOf(applicantPin))
        .as("process instances of " + applicantPin)
        .isEqualTo(instancesBefore);
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCEDURE)
                .variableValueEquals("childFullName", childName)
                .count())
        .as("process instances for child " + childName)
        .isZero();
    return response;
  }

  private void assertProblem(Response response, int status, String type) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.header("Content-Type"))
        .as("Content-Type of " + response.text())
        .startsWith(PROBLEM_JSON);
    assertThat(response.body().path("type").asText())
        .as(response.text())
        .isEqualTo("/problems/" + type);
    assertThat(response.body().path("status").asInt()).as(response.text()).isEqualTo(status);
    assertThat(response.detail()).as("detail of " + response.text()).isNotBlank();
  }

  private void assertUnauthenticated(Response response) {
    assertProblem(response, 401, "unauthenticated");
    assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
  }

  private static Map<String, String> satisfied(JsonNode dossier, String type) {
    for (JsonNode entry : dossier.path("satisfiedByData")) {
      if (entry.path("type").asText().equals(type)) {
        Map<String, String> fields = new LinkedHashMap<>();
        entry.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText(null)));
        return fields;
      }
    }
    throw new AssertionError("No " + type + " in satisfiedByData of " + dossier);
  }

  private static JsonNode required(JsonNode dossier, String type) {
    for (JsonNode entry : dossier.path("requiredDocuments")) {
      if (entry.path("type").asText().equals(type)) {
        return entry;
      }
    }
    throw new AssertionError("No " + type + " in requiredDocuments of " + dossier);
  }

  private static List<String> events(JsonNode dossier) {
    List<String> events = new ArrayList<>();
    dossier.path("timeline").forEach(e -> events.add(e.path("event").asText()));
    return events;
  }

  // ---------------------------------------------------------------------------------------------
  // Database and engine

  private int dossiersOf(String applicantPin) {
    return jdbc.queryForObject(
        "select count(*) from dossier where applicant_pin = ?", Integer.class, applicantPin);
  }

  private int documentsOf(String dossierId) {
    return jdbc.queryForObject(
        "select count(*) from dossier_document where dossier_id = ?", Integer.class, dossierId);
  }

  private long instancesOf(String applicantPin) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCEDURE)
        .variableValueEquals("applicantPin", applicantPin)
        .count();
  }

  private long instancesWithBusinessKey(String dossierId) {
    return history
        .createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROCEDURE)
        .processInstanceBusinessKey(dossierId)
        .count();
  }

  /**
   * The activities a dossier is waiting at: in the procedure's own instance and in the instances it
   * calls under the same dossier code (the frame {@code handle-dossier} holds the review, its
   * {@code await-supplementary-documents} the wait for a supplement).
   */
  private List<String> activityIds(String dossierId) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCEDURE)
            .processInstanceBusinessKey(dossierId)
            .singleResult();
    assertThat(instance).as("process instance of " + dossierId).isNotNull();
    List<String> activityIds = new ArrayList<>();
    for (ProcessInstance running :
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(dossierId)
            .rootProcessInstanceId(instance.getId())
            .list()) {
      activityIds.addAll(runtime.getActiveActivityIds(running.getId()));
    }
    return activityIds;
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP

  @FunctionalInterface
  private interface Call {
    Response send() throws Exception;
  }

  private record Response(int status, HttpResponse<byte[]> raw, JsonNode body) {

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String text() {
      return new String(raw.body(), StandardCharsets.UTF_8);
    }

    String detail() {
      return body.path("detail").asText();
    }
  }

  private Response get(String path) throws Exception {
    return send(authorized(path).GET());
  }

  private Response post(String path, JsonNode body, Map<String, String> headers) throws Exception {
    return post(path, json.writeValueAsString(body), headers);
  }

  private Response post(String path, String body, Map<String, String> headers) throws Exception {
    return send(jsonPost(path, BodyPublishers.ofString(body, StandardCharsets.UTF_8), headers));
  }

  private HttpRequest.Builder jsonPost(
      String path, BodyPublisher body, Map<String, String> headers) {
    HttpRequest.Builder request =
        authorized(path).header("Content-Type", "application/json").POST(body);
    headers.forEach(request::header);
    return request;
  }

  private Response upload(
      String dossierId, String type, String fileName, String contentType, byte[] content)
      throws Exception {
    String boundary = "dvc-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(body, "--" + boundary + "\r\n");
    write(body, "Content-Disposition: form-data; name=\"type\"\r\n\r\n");
    write(body, type + "\r\n");
    write(body, "--" + boundary + "\r\n");
    write(body, "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n");
    write(body, "Content-Type: " + contentType + "\r\n\r\n");
    body.write(content);
    write(body, "\r\n--" + boundary + "--\r\n");
    return send(
        authorized("/api/v1/dossiers/" + dossierId + "/documents")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void write(ByteArrayOutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder anonymous(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60));
  }

  private HttpRequest.Builder authorized(String path) {
    return anonymous(path).header("Authorization", basic(USER, PASSWORD));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private Response send(HttpRequest.Builder request) throws Exception {
    HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
    byte[] bytes = response.body();
    JsonNode body = bytes.length == 0 ? json.missingNode() : readOrText(bytes);
    return new Response(response.statusCode(), response, body);
  }

  private JsonNode readOrText(byte[] bytes) {
    try {
      return json.readTree(bytes);
    } catch (IOException e) {
      return json.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sandbox data

  /** The sandbox registries' source files, as packaged on the classpath. */
  private static final class Sandbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode HEALTH_FACILITIES = read("health-facilities.json");
    private static final JsonNode CIVIL_STATUS = read("civil-status.json");
    private static final Map<String, JsonNode> CITIZENS = new HashMap<>();

    static {
      read("population.json")
          .path("citizens")
          .forEach(c -> CITIZENS.put(c.path("pin").asText(), c));
    }

    static Family family(String certificateNo) {
      JsonNode certificate =
          stream(HEALTH_FACILITIES.path("birthCertificates"))
              .filter(c -> c.path("certificateNo").asText().equals(certificateNo))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("No certificate " + certificateNo));
      String mother = certificate.path("motherPin").asText();
      List<JsonNode> marriages =
          stream(CIVIL_STATUS.path("marriages"))
              .filter(m -> m.path("dissolvedOn").isNull())
              .filter(m -> m.path("wifePin").asText().equals(mother))
              .toList();
      if (marriages.size() != 1) {
        throw new IllegalStateException(mother + " has " + marriages.size() + " open marriages");
      }
      String commune = citizen(mother).path("permanentResidence").path("communeCode").asText();
      return new Family(
          mother,
          marriages.get(0).path("husbandPin").asText(),
          certificateNo,
          certificate.path("dateOfBirth").asText(),
          certificate.path("gender").asText(),
          certificate.path("facility").asText(),
          marriages.get(0).path("registrationNo").asText(),
          commune);
    }

    static JsonNode citizen(String pin) {
      return CITIZENS.get(pin);
    }

    static boolean deathRegistered(String pin) {
      return stream(CIVIL_STATUS.path("deaths"))
          .anyMatch(d -> d.path("deceasedPin").asText().equals(pin));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
      return StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode read(String file) {
      try (InputStream in = new ClassPathResource("sandbox-data/" + file).getInputStream()) {
        return JSON.readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
