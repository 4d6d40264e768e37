package vn.dvc.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.dvc.sandbox.SandboxServerProperties;
import vn.dvc.time.EngineClock;

/**
 * The birth registration journey in a real browser (Debian's Chromium driven by Playwright, the
 * Node scripts in {@code src/test/e2e/}): the officer approves in Tasklist from "Đến hạn hôm nay"
 * (due today), the chair signs from "Chờ ký" (waiting for signature), the supervisor sees the
 * figures move on the SLA dashboard in Cockpit, and an officer of another commune never sees the
 * dossier. The browser prefers Vietnamese and the webapps speak it; one step switches Cockpit to
 * English and back. Screenshots of every step go to {@code target/e2e-screenshots/}, with each
 * script's output next to them.
 *
 * <p>The application runs on a database of its own (other test classes in the same JVM use {@code
 * dvc-test}) on the engine's clock moved to a working-day morning, so that "Đến hạn hôm nay" and
 * the SLA figures do not depend on when the build runs. The job executor is off: the test runs the
 * write-back jobs itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:dvc-e2e;DB_CLOSE_DELAY=-1")
class BrowserJourneyIT {

  private static final Path BASEDIR =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
  private static final Path SCRIPTS = BASEDIR.resolve("src/test/e2e");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = BASEDIR.resolve("target/e2e-screenshots");
  private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String PASSWORD = "demo";
  private static final String PROCEDURE = "birth-registration";

  /** Monday 2 November 2026, 09:00 in Vietnam: a dossier of commune 01107 due that evening. */
  private static final Instant MONDAY_MORNING = Instant.parse("2026-11-02T02:00:00Z");

  /**
   * Tuesday 3 November 2026, 09:00 in Vietnam: the journey's working day. A birth registration
   * filed before 15:00 is due at 17:00 the same day, so its tasks are "Đến hạn hôm nay" (due
   * today); the Monday dossier is overdue.
   */
  private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-03T02:00:00Z");

  /**
   * Commune 01100 (Ba Đình): a mother with an electronic birth certificate and a digitised
   * marriage, so the dossier is complete at once. Certificate CS-2026-000014 is used by no other
   * test (only by the README's example).
   */
  private static final String BA_DINH = "01100";

  private static final String CERTIFICATE = "CS-2026-000014";
  private static final String BA_DINH_BIRTH =
      """
      {"procedure": "birth-registration", "applicantPin": "025194448522",
       "data": {"child": {"fullName": "Nguyễn Thử Nghiệm", "gender": "MALE",
                          "dateOfBirth": "2026-09-05", "placeOfBirth": "Hà Nội"},
                "birthCertificateNo": "CS-2026-000014", "otherParentPin": "001090263618"}}
      """;

  /** Another commune of Hà Nội (01107), whose dossier is overdue: the overdue chart has a bar. */
  private static final String OVERDUE_COMMUNE = "01107";

  private static final String OVERDUE_BIRTH =
      """
      {"procedure": "birth-registration", "applicantPin": "001191963255",
       "data": {"child": {"fullName": "Huỳnh Thử Trễ", "gender": "MALE",
                          "dateOfBirth": "2026-10-16", "placeOfBirth": "Hà Nội"},
                "birthCertificateNo": "CS-2026-000008", "otherParentPin": "074091707088"}}
      """;

  /** Commune 40135 (Trường Vinh, Nghệ An), filed there by its own officer. */
  private static final String TRUONG_VINH = "40135";

  private static final String TRUONG_VINH_BIRTH =
      """
      {"procedure": "birth-registration", "applicantPin": "040194796991",
       "data": {"communeCode": "40135",
                "child": {"fullName": "Nguyễn Thử Khác", "gender": "FEMALE",
                          "dateOfBirth": "2026-09-06", "placeOfBirth": "Nghệ An"},
                "birthCertificateNo": "CS-2026-000005", "otherParentPin": "095097480705"}}
      """;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired ObjectMapper json;
  @Autowired SandboxServerProperties sandbox;

  private final HttpClient http = HttpClient.newHttpClient();
  private int steps;

  @BeforeAll
  static void browserIsInstalled() throws IOException {
    assertThat(Files.isExecutable(CHROMIUM))
        .as("%s is missing: install Debian's chromium: apt-get install chromium", CHROMIUM)
        .isTrue();
    assertThat(SCRIPTS.resolve("node_modules/playwright-core/package.json"))
        .as("%s has no node_modules/playwright-core: run ./mvnw verify, which runs npm ci", SCRIPTS)
        .exists();
    Files.createDirectories(SHOTS);
    try (Stream<Path> old = Files.list(SHOTS)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
  }

  @AfterAll
  static void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void birthRegistrationFromTasklistToTheSupervisorsDashboard() throws Exception {
    // 0. Dossiers filed over the Dossier API: one overdue since Monday in 01107, and on Tuesday
    //    morning the dossier of the journey in 01100 and one of commune 40135.
    moveEngineClockTo(MONDAY_MORNING);
    String overdue = file("officer.badinh", OVERDUE_BIRTH, OVERDUE_COMMUNE);
    moveEngineClockTo(TUESDAY_MORNING);
    String dossier = file("officer.badinh", BA_DINH_BIRTH, BA_DINH);
    String truongVinh = file("officer.truongvinh", TRUONG_VINH_BIRTH, TRUONG_VINH);
    assertThat(dossierStatus(overdue)).isEqualTo("IN_REVIEW");
    String thisWeek =
        LocalDate.ofInstant(TUESDAY_MORNING, VIETNAM)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .toString();

    // 1. The supervisor's figures before: the dossier is open, and nothing finished this week.
    JsonNode before =
        browser(
                "supervisor-before",
                "supervisor-dashboard.mjs",
                "--user=supervisor.hanoi",
                "--procedure=" + PROCEDURE,
                "--commune=" + BA_DINH,
                "--overdue-commune=" + OVERDUE_COMMUNE,
                "--trend-week=" + thisWeek,
                "--trend-rate=")
            .path("figures");
    assertThat(before.path("open").asInt()).as("open before, %s", before).isGreaterThanOrEqualTo(1);
    assertThat(before.path("finishedOnTime").isNumber()).as("finished on time before").isTrue();

    // 1b. Cockpit in Vietnamese to a browser that prefers English, then switched to English with
    //     the webapps' language switch (the SLA plugin follows); Welcome is then in English too,
    //     and switched back to Vietnamese there, so is Cockpit.
    JsonNode languages =
        browser(
            "webapp-language",
            "webapp-language.mjs",
            "--user=supervisor.hanoi",
            "--browser-locale=en-GB");
    assertThat(languages.path("languages"))
        .extracting(JsonNode::asText)
        .containsExactly("cockpit:vi", "cockpit:en", "welcome:en", "welcome:vi", "cockpit:vi");

    // 2. An officer of commune 40135 sees their own commune's review, never the one of 01100 that
    //    is waiting in Tasklist right now.
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossier).count()).isEqualTo(1);
    browser(
        "other-commune-hidden",
        "other-commune-hidden.mjs",
        "--user=officer.truongvinh",
        "--hidden=" + dossier,
        "--own=" + truongVinh);

    // 3. The officer of 01100 approves from "Đến hạn hôm nay", having read the facts found.
    JsonNode review =
        browser(
            "officer-review",
            "officer-review.mjs",
            "--user=officer.badinh",
            "--dossier=" + dossier,
            "--certificate=" + CERTIFICATE);
    assertThat(review.path("facts").asText()).contains("MEDICAL_BIRTH_CERTIFICATE", CERTIFICATE);
    assertThat(dossierStatus(dossier)).isEqualTo("AWAITING_SIGNATURE");

    // 4. The chair signs from "Chờ ký"; the write-backs run as jobs.
    browser("chair-sign", "chair-sign.mjs", "--user=chair.badinh", "--dossier=" + dossier);
    assertThat(runWriteBackJobs(dossier))
        .as(
            "write-back jobs: birth record, child in population, PIN linked, birth extract,"
                + " wallet delivery")
        .isEqualTo(5);
    JsonNode completed = get("officer.badinh", "/api/v1/dossiers/" + dossier);
    assertThat(completed.path("status").asText()).as("%s", completed).isEqualTo("COMPLETED");
    assertThat(completed.path("result").path("childPin").asText()).hasSize(12);

    // 5. The supervisor's figures after: one open fewer, one more finished on time.
    int openAfter = before.path("open").asInt() - 1;
    int onTimeAfter = before.path("finishedOnTime").asInt() + 1;
    JsonNode after =
        browser(
                "supervisor-after",
                "supervisor-dashboard.mjs",
                "--user=supervisor.hanoi",
                "--procedure=" + PROCEDURE,
                "--commune=" + BA_DINH,
                "--expect=open:" + openAfter + ",finishedOnTime:" + onTimeAfter,
                "--overdue-commune=" + OVERDUE_COMMUNE,
                "--trend-week=" + thisWeek,
                "--trend-rate=1")
            .path("figures");
    assertThat(after.path("open").asInt()).isEqualTo(openAfter);
    assertThat(after.path("finishedOnTime").asInt()).isEqualTo(onTimeAfter);
    assertThat(after.path("finishedLate").asInt()).isEqualTo(before.path("finishedLate").asInt());
  }

  /**
   * A procedure on the frame in Tasklist: the land registration office reviews a transfer (the
   * frame handle-dossier's review task on the generic form review-dossier, showing the facts from
   * land and notarization) and signs it (the frame's signature task on the generic form
   * sign-dossier, found in "Chờ ký"); the new owner is then on the parcel.
   */
  @Test
  void landTransferIsReviewedAndSignedInTasklistThroughTheFrame() throws Exception {
    ClockUtil.reset();
    // DH017424 (01100-39-0579): sole owner 001055923776 sells to 001050989394; the notary's
    // contract is on record, so nothing is asked of the citizen.
    HttpResponse<String> notarized =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/sandbox/notarization/contracts"))
                .header("Authorization", basic(sandbox.username(), sandbox.password()))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"contractNo": "E2E-0001/2026/CC", "contractType": "LAND_TRANSFER",
                         "notaryOffice": "Văn phòng công chứng Ba Đình",
                         "notarizedOn": "2026-10-05",
                         "subject": "Quyền sử dụng đất, giấy chứng nhận DH017424",
                         "partyPins": ["001055923776", "001050989394"]}
                        """,
                        StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(notarized.statusCode()).as(notarized.body()).isBetween(200, 201);
    String dossier =
        file(
            "landregistry.hanoi",
            """
            {"procedure": "land-change-registration", "applicantPin": "001055923776",
             "data": {"parcelId": "01100-39-0579", "changeType": "TRANSFER",
                      "toPins": ["001050989394"]}}
            """,
            BA_DINH);

    JsonNode review =
        browser(
            "land-review",
            "decide-task.mjs",
            "--user=landregistry.hanoi",
            "--dossier=" + dossier,
            "--filter=groupTasks",
            "--decision=Đồng ý",
            "--facts=LAND_TRANSFER_CONTRACT,E2E-0001/2026/CC");
    assertThat(review.path("task").asText())
        .contains("Xem xét hồ sơ đăng ký biến động đất đai", dossier);
    assertThat(dossierStatus("landregistry.hanoi", dossier)).isEqualTo("AWAITING_SIGNATURE");

    browser(
        "land-sign",
        "decide-task.mjs",
        "--user=landregistry.hanoi",
        "--dossier=" + dossier,
        "--filter=toSign",
        "--decision=Ký — ban hành kết quả");
    for (int guard = 0; guard < 20 && runBlockJobs(dossier) > 0; guard++) {
      // The write-back, the confirmation and the delivery to the new owner's wallet.
    }
    JsonNode completed = get("landregistry.hanoi", "/api/v1/dossiers/" + dossier);
    assertThat(completed.path("status").asText()).as("%s", completed).isEqualTo("COMPLETED");
    assertThat(completed.path("result").path("newOwners").findValuesAsText("pin"))
        .containsExactly("001050989394");
  }

  /**
   * A citizen pays a late traffic fine on the sandbox payment gateway, in the browser, from the pay
   * link the Dossier API gives; the confirmation the platform posts completes the dossier (the fine
   * recorded paid, the receipt in the payer's wallet), and the confirmation sent again changes
   * nothing.
   */
  @Test
  void citizenPaysALateTrafficFineOnTheGatewayAndTheDossierCompletes() throws Exception {
    ClockUtil.reset();
    // 7908/QĐ-XPHC: 1,000,000 ₫ decided in 2026 and never paid, so interest is owed on top.
    HttpResponse<String> filed =
        http.send(
            request("police.badinh", "/api/v1/dossiers")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"procedure": "traffic-fine-payment", "applicantPin": "001030455036",
                         "data": {"decisionNo": "7908/QĐ-XPHC"}}
                        """,
                        StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(filed.statusCode()).as("filing: %s", filed.body()).isEqualTo(201);
    String dossier = json.readTree(filed.body()).path("id").asText();
    runAllJobsOf(dossier);
    JsonNode awaiting = get("police.badinh", "/api/v1/dossiers/" + dossier);
    assertThat(awaiting.path("status").asText()).as("%s", awaiting).isEqualTo("AWAITING_PAYMENT");
    JsonNode payment = awaiting.path("payment");
    assertThat(payment.path("amountVnd").asLong()).isGreaterThan(1_000_000L);

    JsonNode paid =
        browser(
            "citizen-pays-fine",
            "pay-on-gateway.mjs",
            "--pay-url=" + payment.path("payUrl").asText(),
            "--amount=" + payment.path("amount").asText());
    assertThat(paid.path("paid").path("state").asText()).isEqualTo("Đã thanh toán");
    assertThat(paid.path("paid").path("answer").asText()).isEqualTo("HTTP 200");
    runAllJobsOf(dossier);

    JsonNode completed = get("police.badinh", "/api/v1/dossiers/" + dossier);
    assertThat(completed.path("status").asText()).as("%s", completed).isEqualTo("COMPLETED");
    assertThat(completed.path("payment").path("state").asText()).isEqualTo("PAID");
    assertThat(completed.path("result").toString()).contains("7908/QĐ-XPHC");
    // The resend carried the same confirmation; it was answered as before and nothing moved.
    assertThat(paid.path("resent").path("callbackId").asText())
        .isEqualTo(paid.path("paid").path("callbackId").asText());
    assertThat(paid.path("resent").path("answer").asText()).isEqualTo("HTTP 200");
    JsonNode after = get("police.badinh", "/api/v1/dossiers/" + dossier);
    assertThat(after.path("timeline")).isEqualTo(completed.path("timeline"));
  }

  /**
   * Runs the jobs of the dossier's instances and of the instances keyed after it (the notices to
   * the owners, the notifications) until none is left.
   */
  private void runAllJobsOf(String dossierId) {
    // One at a time: a job can remove another (a message ends the wait that had a timer).
    for (int guard = 0; guard < 200; guard++) {
      List<Job> jobs =
          Stream.concat(
                  runtime
                      .createProcessInstanceQuery()
                      .processInstanceBusinessKey(dossierId)
                      .list()
                      .stream(),
                  runtime
                      .createProcessInstanceQuery()
                      .processInstanceBusinessKeyLike(dossierId + ":%")
                      .list()
                      .stream())
              .flatMap(
                  instance ->
                      management
                          .createJobQuery()
                          .processInstanceId(instance.getId())
                          .executable()
                          .list()
                          .stream())
              .toList();
      if (jobs.isEmpty()) {
        return;
      }
      management.executeJob(jobs.get(0).getId());
    }
    fail("The jobs of %s keep coming back", dossierId);
  }

  /** Runs the executable jobs of every instance with the dossier's business key, once each. */
  private int runBlockJobs(String dossierId) {
    int executed = 0;
    for (var instance :
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId).list()) {
      for (Job job :
          management.createJobQuery().processInstanceId(instance.getId()).executable().list()) {
        management.executeJob(job.getId());
        executed++;
      }
    }
    return executed;
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Moves the engine's clock (and with it every timestamp of the application) to {@code instant};
   * it keeps running from there, as the browser's clock does.
   */
  private static void moveEngineClockTo(Instant instant) {
    ClockUtil.offset(instant.toEpochMilli() - System.currentTimeMillis());
  }

  /** Files a dossier over the API and returns its id; it must be complete (IN_REVIEW) at once. */
  private String file(String user, String body, String commune) throws Exception {
    HttpResponse<String> response =
        http.send(
            request(user, "/api/v1/dossiers")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as("filing: %s", response.body()).isEqualTo(201);
    JsonNode dossier = json.readTree(response.body());
    assertThat(dossier.path("status").asText()).as("%s", dossier).isEqualTo("IN_REVIEW");
    assertThat(dossier.path("communeCode").asText()).isEqualTo(commune);
    assertThat(dossier.path("requiredDocuments")).isEmpty();
    System.out.printf("Filed %s in commune %s as %s%n", dossier.path("id").asText(), commune, user);
    return dossier.path("id").asText();
  }

  private String dossierStatus(String dossierId) throws Exception {
    return dossierStatus("officer.badinh", dossierId);
  }

  /** As someone who handles the dossier: the Dossier API shows a dossier to no one else. */
  private String dossierStatus(String user, String dossierId) throws Exception {
    return get(user, "/api/v1/dossiers/" + dossierId).path("status").asText();
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            request(user, path).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Authorization", "Basic " + credentials)
        .header("Accept", "application/json");
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  /**
   * Runs the asynchronous continuations (the write-backs) of the procedure's own instance one after
   * the other; the frame handle-dossier it called has ended with the signature.
   */
  private int runWriteBackJobs(String dossierId) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(PROCEDURE)
            .processInstanceBusinessKey(dossierId)
            .singleResult()
            .getId();
    int executed = 0;
    for (int guard = 0; guard < 10; guard++) {
      List<Job> jobs =
          management.createJobQuery().processInstanceId(instance).messages().executable().list();
      if (jobs.isEmpty()) {
        return executed;
      }
      for (Job job : jobs) {
        management.executeJob(job.getId());
        executed++;
      }
    }
    return fail("The write-back jobs of %s keep coming back", dossierId);
  }

  /**
   * Runs one browser step: {@code node src/test/e2e/<script> --base-url=… --password=…
   * --shots=target/e2e-screenshots --shot=<NN>-<step> --now=<engine clock> <args>}, with its output
   * in {@code <NN>-<step>.log} and echoed here. Fails unless the script exits with 0; returns what
   * it printed on its {@code RESULT} line (an empty object if none).
   */
  private JsonNode browser(String step, String script, String... args) throws Exception {
    String shot = String.format("%02d-%s", ++steps, step);
    List<String> command = new ArrayList<>();
    command.add("node");
    command.add(SCRIPTS.resolve(script).toString());
    command.add("--base-url=" + baseUrl());
    command.add("--password=" + PASSWORD);
    command.add("--shots=" + SHOTS);
    command.add("--shot=" + shot);
    command.add("--now=" + EngineClock.now());
    command.addAll(List.of(args));
    Path log = SHOTS.resolve(shot + ".log");
    System.out.printf("=== Browser step %s: %s%n", shot, String.join(" ", command));
    Process node;
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(SCRIPTS.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("NO_COLOR", "1");
      node = builder.start();
    } catch (IOException e) {
      throw new AssertionError("Cannot run node (Node.js 20 must be on the PATH): " + e, e);
    }
    boolean finished = node.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (!finished) {
      node.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.print(output);
    if (!finished) {
      fail("Browser step %s did not finish within %s:%n%s", shot, STEP_TIMEOUT, output);
    }
    if (node.exitValue() != 0) {
      fail("Browser step %s failed (exit code %d):%n%s", shot, node.exitValue(), output);
    }
    return output
        .lines()
        .filter(line -> line.startsWith("RESULT "))
        .reduce((first, last) -> last)
        .map(line -> readJson(line.substring("RESULT ".length())))
        .orElseGet(json::createObjectNode);
  }

  private JsonNode readJson(String text) {
    try {
      return json.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + text, e);
    }
  }
}
