package vn.dvc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dvc.sandbox.SandboxServerProperties;

/**
 * Whole procedures (birth, death, marriage and land change registration) on a real PostgreSQL
 * server (started from Maven Central's embedded binaries, no Docker), through the Dossier API and
 * the engine's REST API as officer and chair, with Camunda's authorizations on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class ProceduresOnPostgresIT {

  private static final EmbeddedPostgres POSTGRES = start();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired SandboxServerProperties sandbox;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    properties.add("spring.datasource.username", () -> "postgres");
    properties.add("spring.datasource.password", () -> "");
    properties.add("camunda.bpm.admin-user.password", () -> "it-admin");
    properties.add("dvc.demo-accounts.enabled", () -> "true");
    // The scenarios put notarized contracts and pensioners into the sandbox registries over HTTP.
    properties.add("dvc.sandbox.server.enabled", () -> "true");
    // Outside the embedded demo the sandbox server needs a password of its own.
    properties.add("dvc.sandbox.server.password", () -> "it-registry-secret");
    // …and the payment platform's callbacks a secret other than the published demo one.
    properties.add("dvc.payments.callback-secret", () -> "it-payment-callback-secret");
    // The sandbox gateway's pay links and its callbacks to us use the random port.
    properties.add(
        "dvc.sandbox.payment-platform.gateway-url",
        () -> "http://localhost:${local.server.port}/sandbox/payment-platform/gateway");
    properties.add(
        "dvc.sandbox.payment-platform.callback-url",
        () -> "http://localhost:${local.server.port}/api/v1/payments/callbacks");
    // The test drives jobs through the engine's API instead of waiting for the executor.
    properties.add("camunda.bpm.job-execution.enabled", () -> "false");
  }

  @Test
  void registersABirthEndToEndOnPostgres() throws Exception {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");

    JsonNode filed =
        send(
            "officer.badinh",
            "POST",
            "/api/v1/dossiers",
            """
            {"procedure": "birth-registration", "applicantPin": "024192341257",
             "data": {"child": {"fullName": "Trần Bảo Ngọc", "gender": "FEMALE",
                                "dateOfBirth": "2026-11-01", "placeOfBirth": "Hà Nội"},
                      "otherParentPin": "001092217711"}}
            """,
            201);
    String dossier = filed.path("id").asText();
    assertThat(filed.path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    assertThat(filed.path("satisfiedByData").findValuesAsText("source")).contains("civil-status");

    supplyWitnessStatement(dossier);

    JsonNode review = onlyTask("officer.badinh", dossier);
    assertThat(review.path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewDossier");
    JsonNode form =
        send(
            "officer.badinh",
            "GET",
            "/engine-rest/task/" + review.path("id").asText() + "/form-variables",
            null,
            200);
    assertThat(form.path("factsFound").path("value").asText()).contains("MARRIAGE_CERTIFICATE");
    complete("officer.badinh", review, "reviewDecision", "APPROVE");

    JsonNode sign = onlyTask("chair.badinh", dossier);
    assertThat(sign.path("taskDefinitionKey").asText()).isEqualTo("Task_SignDossier");
    complete("chair.badinh", sign, "signDecision", "SIGN");

    // The signature is the frame handle-dossier's task; the four write-backs and the wallet
    // delivery are the procedure's.
    String instanceId = instanceOf("birth-registration", dossier);
    for (int step = 0; step < 5; step++) {
      Job job = management.createJobQuery().processInstanceId(instanceId).singleResult();
      management.executeJob(job.getId());
    }

    JsonNode done = send("officer.badinh", "GET", "/api/v1/dossiers/" + dossier, null, 200);
    assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
    String childPin = done.path("result").path("childPin").asText();
    assertThat(childPin).matches("001326\\d{6}");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_civil_status_birth where child_pin = ?",
                Integer.class,
                childPin))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select full_name from sandbox_population_citizen where pin = ?",
                String.class,
                childPin))
        .isEqualTo("Trần Bảo Ngọc");
  }

  @Test
  void registersADeathEndToEndOnPostgres() throws Exception {
    // Electronic death notice BT-2026-000012; the head of the household files at the counter.
    JsonNode filed =
        send(
            "officer.truongvinh",
            "POST",
            "/api/v1/dossiers",
            """
            {"procedure": "death-registration", "applicantPin": "040181092640",
             "data": {"deceasedPin": "040144955284", "dateOfDeath": "2026-10-21",
                      "deathNoticeNo": "BT-2026-000012"}}
            """,
            201);
    String dossier = filed.path("id").asText();
    assertThat(filed.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(filed.path("communeCode").asText()).isEqualTo("40135");
    assertThat(filed.path("satisfiedByData").findValuesAsText("source"))
        .contains("health-facilities");

    complete(
        "officer.truongvinh", onlyTask("officer.truongvinh", dossier), "reviewDecision", "APPROVE");
    JsonNode sign = onlyTask("chair.truongvinh", dossier);
    // The signature is the frame handle-dossier's task; the write-backs are the procedure's jobs.
    assertThat(sign.path("taskDefinitionKey").asText()).isEqualTo("Task_SignDossier");
    complete("chair.truongvinh", sign, "signDecision", "SIGN");
    runDossierJobs(dossier);

    JsonNode done = send("officer.truongvinh", "GET", "/api/v1/dossiers/" + dossier, null, 200);
    assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_civil_status_death where deceased_pin = ?",
                Integer.class,
                "040144955284"))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select date_of_death from sandbox_population_citizen where pin = ?",
                String.class,
                "040144955284"))
        .isEqualTo("2026-10-21");
  }

  @Test
  void registersAMarriageEndToEndOnPostgres() throws Exception {
    // Two single residents of Trường Vinh with no marriage on record and no parent in common.
    JsonNode filed =
        send(
            "officer.truongvinh",
            "POST",
            "/api/v1/dossiers",
            """
            {"procedure": "marriage-registration", "applicantPin": "040063238673",
             "data": {"partnerPin": "040180979702"}}
            """,
            201);
    String dossier = filed.path("id").asText();
    assertThat(filed.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(filed.path("communeCode").asText()).isEqualTo("40135");

    JsonNode review = onlyTask("officer.truongvinh", dossier);
    assertThat(review.path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewDossier");
    complete(
        "officer.truongvinh",
        review,
        Map.of(
            "applicantPresent", true,
            "applicantSigned", true,
            "partnerPresent", true,
            "partnerSigned", true,
            "reviewDecision", "APPROVE"));
    JsonNode sign = onlyTask("chair.truongvinh", dossier);
    assertThat(sign.path("taskDefinitionKey").asText()).isEqualTo("Task_SignDossier");
    complete("chair.truongvinh", sign, "signDecision", "SIGN");
    runDossierJobs(dossier);

    JsonNode done = send("officer.truongvinh", "GET", "/api/v1/dossiers/" + dossier, null, 200);
    assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_civil_status_marriage where husband_pin = ?"
                    + " and wife_pin = ?",
                Integer.class,
                "040063238673",
                "040180979702"))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "select spouse_pin from sandbox_population_citizen where pin in (?, ?)"
                    + " order by pin",
                String.class,
                "040063238673",
                "040180979702"))
        .containsExactly("040180979702", "040063238673");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_wallet_document where document_type ="
                    + " 'MARRIAGE_EXTRACT' and holder_pin in (?, ?)",
                Integer.class,
                "040063238673",
                "040180979702"))
        .isEqualTo(2);
    runNotifications(dossier);
    assertThat(
            jdbc.queryForList(
                "select status from sandbox_wallet_notification where dossier_id = ?"
                    + " order by sent_at",
                String.class,
                dossier))
        .containsExactly("IN_REVIEW", "AWAITING_SIGNATURE", "COMPLETED");
  }

  @Test
  void registersALandTransferEndToEndOnPostgres() throws Exception {
    // DE923874 (01100-51-0729), sole owner 001095651740, whose address predates the 2025 reform;
    // the notary's contract is on record, so nothing is asked of the citizen.
    HttpResponse<String> notarized =
        sandboxPost(
            "/sandbox/notarization/contracts",
            """
            {"contractNo": "PGIT-0001/2026/CC", "contractType": "LAND_TRANSFER",
             "notaryOffice": "Văn phòng công chứng Ba Đình",
             "notarizedOn": "2026-10-05",
             "subject": "Quyền sử dụng đất, giấy chứng nhận DE923874",
             "partyPins": ["001095651740", "001050812954"]}
            """);
    assertThat(notarized.statusCode()).as(notarized.body()).isBetween(200, 201);
    JsonNode filed =
        send(
            "landregistry.hanoi",
            "POST",
            "/api/v1/dossiers",
            """
            {"procedure": "land-change-registration", "applicantPin": "001095651740",
             "data": {"parcelId": "01100-51-0729", "changeType": "TRANSFER",
                      "toPins": ["001050812954"]}}
            """,
            201);
    String dossier = filed.path("id").asText();
    assertThat(filed.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(filed.path("requiredDocuments")).isEmpty();

    JsonNode review = onlyTask("landregistry.hanoi", dossier);
    assertThat(review.path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewDossier");
    complete("landregistry.hanoi", review, "reviewDecision", "APPROVE");
    JsonNode sign = onlyTask("landregistry.hanoi", dossier);
    assertThat(sign.path("taskDefinitionKey").asText()).isEqualTo("Task_SignDossier");
    complete("landregistry.hanoi", sign, "signDecision", "SIGN");
    runDossierJobs(dossier);

    JsonNode done = send("landregistry.hanoi", "GET", "/api/v1/dossiers/" + dossier, null, 200);
    assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.path("result").path("document").asText()).isEqualTo("LAND_CHANGE_CONFIRMATION");
    assertThat(
            jdbc.queryForList(
                "select owner_pin from sandbox_land_parcel_owner where certificate_no = ?",
                String.class,
                "DE923874"))
        .containsExactly("001050812954");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_wallet_document where holder_pin = ?",
                Integer.class,
                "001050812954"))
        .isEqualTo(1);
  }

  @Test
  void recordsATemporaryAbsenceEndToEndOnPostgres() throws Exception {
    // The first procedure built on the frame: filed at the counter, reviewed by the commune police
    // of the permanent residence (no signature), written to population, confirmed in the wallet.
    JsonNode filed =
        send(
            "officer.badinh",
            "POST",
            "/api/v1/dossiers",
            """
            {"procedure": "temporary-absence-declaration", "applicantPin": "001052206500",
             "data": {"destination": {"communeCode": "79233"}, "from": "2026-12-01",
                      "until": "2028-11-30", "reason": "Đi làm việc"}}
            """,
            201);
    String dossier = filed.path("id").asText();
    assertThat(filed.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(filed.path("requiredDocuments")).isEmpty();

    JsonNode review = onlyTask("police.badinh", dossier);
    assertThat(review.path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewDossier");
    assertThat(review.path("name").asText()).startsWith("Xem xét khai báo tạm vắng · " + dossier);
    complete("police.badinh", review, "reviewDecision", "APPROVE");
    runDossierJobs(dossier);

    JsonNode done = send("officer.badinh", "GET", "/api/v1/dossiers/" + dossier, null, 200);
    assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.path("result").path("registeredBy").asText()).startsWith("Công an ");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_population_temporary_absence where pin = ?",
                Integer.class,
                "001052206500"))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_wallet_document where holder_pin = ?"
                    + " and document_type = 'TEMPORARY_ABSENCE_CONFIRMATION'",
                Integer.class,
                "001052206500"))
        .isEqualTo(1);
  }

  @Test
  void registersAnInterlinkedBirthWithResidenceAndHealthCardOnPostgres() throws Exception {
    // CS-2026-000051: the mother (Cầu Giấy, 01107) files at Ba Đình, as civil status allows; the
    // child is to live at her address, so Cầu Giấy's police register the residence.
    JsonNode filed =
        send(
            "officer.badinh",
            "POST",
            "/api/v1/dossiers",
            """
            {"procedure": "interlinked-birth", "applicantPin": "052196223183",
             "data": {"child": {"fullName": "Lê Liên Thông", "gender": "MALE",
                                "dateOfBirth": "2026-09-18", "placeOfBirth": "Bệnh viện"},
                      "birthCertificateNo": "CS-2026-000051", "otherParentPin": "001094038895",
                      "communeCode": "01100",
                      "residence": {"sameAsParentPin": "052196223183"}}}
            """,
            201);
    String dossier = filed.path("id").asText();
    assertThat(filed.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(filed.path("requiredDocuments")).isEmpty();

    complete("officer.badinh", onlyTask("officer.badinh", dossier), "reviewDecision", "APPROVE");
    complete("chair.badinh", onlyTask("chair.badinh", dossier), "signDecision", "SIGN");
    runDossierJobs(dossier);
    JsonNode police = onlyTask("police.caugiay", dossier);
    assertThat(police.path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewDossier");
    complete("police.caugiay", police, "reviewDecision", "APPROVE");
    runDossierJobs(dossier);
    JsonNode card = onlyTask("socialsecurity.hanoi", dossier);
    assertThat(card.path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewDossier");
    complete("socialsecurity.hanoi", card, "reviewDecision", "APPROVE");
    runDossierJobs(dossier);

    JsonNode done = send("officer.badinh", "GET", "/api/v1/dossiers/" + dossier, null, 200);
    assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.path("result").path("parts").findValuesAsText("document"))
        .containsExactly("BIRTH_EXTRACT", "RESIDENCE_CONFIRMATION", "HEALTH_INSURANCE_CARD");
    assertThat(done.path("result").path("parts").findValuesAsText("outcome"))
        .containsOnly("ISSUED");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_wallet_document where holder_pin = ?",
                Integer.class,
                "052196223183"))
        .isEqualTo(3);
  }

  @Test
  void registersAnInterlinkedDeathWithResidenceRemovalAndFuneralAllowanceOnPostgres()
      throws Exception {
    // BT-2026-000021 is about 040039757179 of Trường Vinh, a pensioner (added in the sandbox, whose
    // data holds none); a member of the household files at the counter.
    HttpResponse<String> pensioner =
        sandboxPost(
            "/sandbox/social-insurance/pensioners",
            """
            {"pin": "040039757179", "socialInsuranceNo": "4000000021", "pensionFrom": "2004-01-01"}
            """);
    assertThat(pensioner.statusCode()).as(pensioner.body()).isEqualTo(201);
    JsonNode filed =
        send(
            "officer.truongvinh",
            "POST",
            "/api/v1/dossiers",
            """
            {"procedure": "interlinked-death", "applicantPin": "040069232639",
             "data": {"deceasedPin": "040039757179", "dateOfDeath": "2026-10-30",
                      "deathNoticeNo": "BT-2026-000021"}}
            """,
            201);
    String dossier = filed.path("id").asText();
    assertThat(filed.path("requiredDocuments")).isEmpty();

    complete(
        "officer.truongvinh", onlyTask("officer.truongvinh", dossier), "reviewDecision", "APPROVE");
    complete("chair.truongvinh", onlyTask("chair.truongvinh", dossier), "signDecision", "SIGN");
    runDossierJobs(dossier);
    JsonNode police = onlyTask("police.truongvinh", dossier);
    // Each part is reviewed in a frame handle-dossier of its own, on the part's form.
    assertThat(police.path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewDossier");
    complete("police.truongvinh", police, "reviewDecision", "APPROVE");
    runDossierJobs(dossier);
    JsonNode allowance = onlyTask("socialsecurity.nghean", dossier);
    assertThat(allowance.path("taskDefinitionKey").asText()).isEqualTo("Task_ReviewDossier");
    complete("socialsecurity.nghean", allowance, "reviewDecision", "APPROVE");
    runDossierJobs(dossier);

    JsonNode done = send("officer.truongvinh", "GET", "/api/v1/dossiers/" + dossier, null, 200);
    assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(done.path("result").path("parts").findValuesAsText("outcome"))
        .containsOnly("ISSUED");
    assertThat(
            jdbc.queryForObject(
                "select amount_vnd from sandbox_funeral_allowance where deceased_pin = ?",
                Long.class,
                "040039757179"))
        .as("10 × the base salary of 2,340,000 VND in force on the date of death")
        .isEqualTo(23_400_000L);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_civil_status_death where deceased_pin = ?",
                Integer.class,
                "040039757179"))
        .isEqualTo(1);
  }

  @Test
  void paysALateTrafficFineOnTheGatewayEndToEndOnPostgres() throws Exception {
    // 1505/QĐ-XPHC: 4,000,000 ₫ against the owner of 01-F1 83406, long past its 10 days. Someone
    // else pays it at the counter's advice; the platform confirms over HTTP with a signature.
    JsonNode filed =
        send(
            "police.badinh",
            "POST",
            "/api/v1/dossiers",
            """
            {"procedure": "traffic-fine-payment", "applicantPin": "001030455036",
             "data": {"decisionNo": "1505/QĐ-XPHC"}}
            """,
            201);
    String dossier = filed.path("id").asText();
    runDossierJobs(dossier);
    JsonNode awaiting = send("police.badinh", "GET", "/api/v1/dossiers/" + dossier, null, 200);
    assertThat(awaiting.path("status").asText()).isEqualTo("AWAITING_PAYMENT");
    JsonNode payment = awaiting.path("payment");
    assertThat(payment.path("amountVnd").asLong()).isGreaterThan(4_000_000L);
    assertThat(payment.path("items").findValuesAsText("reason").toString()).contains("Nộp chậm");

    HttpResponse<String> paid =
        http.send(
            HttpRequest.newBuilder(URI.create(payment.path("payUrl").asText() + "/pay"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    assertThat(paid.body()).contains("HTTP 200");
    runDossierJobs(dossier);
    runNotifications(dossier);
    runDossierJobs(dossier);

    JsonNode done = send("police.badinh", "GET", "/api/v1/dossiers/" + dossier, null, 200);
    assertThat(done.path("status").asText()).as("%s", done).isEqualTo("COMPLETED");
    assertThat(done.path("payment").path("state").asText()).isEqualTo("PAID");
    String receiptNo = done.path("payment").path("receiptNo").asText();
    assertThat(
            jdbc.queryForObject(
                "select paid from sandbox_traffic_fine where decision_no = ?",
                Boolean.class,
                "1505/QĐ-XPHC"))
        .isTrue();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_wallet_document where holder_pin = ?"
                    + " and document_type = 'PAYMENT_RECEIPT' and reference = ?",
                Integer.class,
                "001030455036",
                receiptNo))
        .isEqualTo(1);

    // The platform resends its confirmation: answered as the first time, nothing moves.
    HttpResponse<String> resent =
        http.send(
            HttpRequest.newBuilder(URI.create(payment.path("payUrl").asText() + "/resend"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(resent.body()).contains("HTTP 200");
    JsonNode after = send("police.badinh", "GET", "/api/v1/dossiers/" + dossier, null, 200);
    assertThat(after.path("timeline")).isEqualTo(done.path("timeline"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier_payment where dossier_id = ? and state = 'PAID'",
                Integer.class,
                dossier))
        .isEqualTo(1);
  }

  private HttpResponse<String> sandboxPost(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", basic(sandbox.username(), sandbox.password()))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Runs the dossier's jobs, those of the building blocks it calls included, until none is left.
   */
  private void runDossierJobs(String dossier) {
    for (Job job = nextDossierJob(dossier); job != null; job = nextDossierJob(dossier)) {
      management.executeJob(job.getId());
    }
  }

  private Job nextDossierJob(String dossier) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier).list().stream()
        .map(i -> nextJob(i.getId()))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The instance of process {@code processKey} that handles the dossier. */
  private String instanceOf(String processKey, String dossier) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .processInstanceBusinessKey(dossier)
        .singleResult()
        .getId();
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends the citizen's notifications, each a job of its own process notify-citizen. */
  private void runNotifications(String dossier) {
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("notify-citizen")
        .processInstanceBusinessKeyLike(dossier + ":%")
        .list()
        .forEach(notification -> runJobs(notification.getId()));
  }

  private void runJobs(String instanceId) {
    for (Job job = nextJob(instanceId); job != null; job = nextJob(instanceId)) {
      management.executeJob(job.getId());
    }
  }

  private Job nextJob(String instanceId) {
    return management.createJobQuery().processInstanceId(instanceId).executable().singleResult();
  }

  private void supplyWitnessStatement(String dossier) throws Exception {
    String boundary = "----dvc-it";
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"type\"\r\n\r\nBIRTH_WITNESS_STATEMENT\r\n"
            + "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"witness.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 witness\r\n"
            + "--"
            + boundary
            + "--\r\n";
    HttpResponse<String> response =
        http.send(
            request("officer.badinh", "/api/v1/dossiers/" + dossier + "/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private JsonNode onlyTask(String user, String dossier) throws Exception {
    JsonNode found =
        send(user, "GET", "/engine-rest/task?processInstanceBusinessKey=" + dossier, null, 200);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private void complete(String user, JsonNode task, String variable, String value)
      throws Exception {
    complete(user, task, Map.of(variable, value));
  }

  private void complete(String user, JsonNode task, Map<String, Object> variables)
      throws Exception {
    var values = json.createObjectNode();
    variables.forEach((name, value) -> values.putObject(name).putPOJO("value", value));
    String body = json.createObjectNode().set("variables", values).toString();
    HttpResponse<String> response =
        http.send(
            request(user, "/engine-rest/task/" + task.path("id").asText() + "/complete")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private JsonNode send(String user, String method, String path, String body, int expectedStatus)
      throws Exception {
    HttpRequest.Builder request = request(user, path).header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
    return json.readTree(response.body());
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials =
        Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + credentials);
  }

  /**
   * Started once per JVM and stopped by a shutdown hook, after the cached application context has
   * closed its connections (stopping it in an {@code @AfterAll} would leave the context's pool
   * waiting on a dead server at exit).
   */
  private static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException e) {
                      // The JVM is exiting; the server's directory is temporary anyway.
                    }
                  }));
      return postgres;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the embedded PostgreSQL server", e);
    }
  }
}
