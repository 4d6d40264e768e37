package vn.dvc.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;

/**
 * The on-time KPIs on a known mix of open, due-soon, overdue, paused, on-time, late and abandoned
 * dossiers in Đà Nẵng (province 48), seeded under a procedure key no other test uses.
 */
@DvcSpringBootTest
class SlaKpiTest {

  private static final String PROCEDURE = "kpi-test-procedure";

  /** Wednesday 2026-11-18 10:00 in Vietnam. */
  private static final Instant NOW = Instant.parse("2026-11-18T03:00:00Z");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired SlaMetrics metrics;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void seedMix() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    jdbc.update("delete from dossier_sla where procedure_key = ?", PROCEDURE);
    jdbc.update("delete from dossier where procedure_key = ?", PROCEDURE);
    // Open in Hải Châu (48212): one due next week, one due tomorrow (due soon), two overdue, one
    // not complete yet, one paused past its old due date (the clock is stopped: not overdue).
    seed("K-01", "48212", "RUNNING", "2026-11-25T10:00:00Z", null, null, null);
    seed("K-02", "48212", "RUNNING", "2026-11-19T10:00:00Z", null, null, null);
    seed("K-03", "48212", "RUNNING", "2026-11-17T10:00:00Z", null, null, null);
    seed("K-04", "48212", "RUNNING", "2026-11-10T10:00:00Z", null, null, null);
    seed("K-05", "48212", "NOT_STARTED", null, null, null, null);
    seed("K-06", "48212", "PAUSED", "2026-11-12T10:00:00Z", null, null, null);
    // Finished in November in Sơn Trà (48219): three on time, one late, one abandoned while
    // incomplete (neither), and one on time in October (outside the period).
    seed("K-07", "48219", "RUNNING", "2026-11-05T10:00:00Z", "2026-11-04T10:00:00Z", true, 1);
    seed("K-08", "48219", "RUNNING", "2026-11-06T10:00:00Z", "2026-11-06T09:00:00Z", true, 2);
    seed("K-09", "48219", "RUNNING", "2026-11-09T10:00:00Z", "2026-11-09T08:00:00Z", true, 3);
    seed("K-10", "48219", "RUNNING", "2026-11-03T10:00:00Z", "2026-11-10T10:00:00Z", false, 5);
    seed("K-11", "48219", "NOT_STARTED", null, "2026-11-12T10:00:00Z", null, null);
    seed("K-12", "48219", "RUNNING", "2026-10-20T10:00:00Z", "2026-10-19T10:00:00Z", true, 1);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void countsOpenDueSoonOverdueAndOnTimeRatePerCommune() throws Exception {
    JsonNode report =
        get("demo", "/api/v1/sla/kpis?procedure=" + PROCEDURE + "&from=2026-11-01&to=2026-11-30");

    JsonNode haiChau = row(report, "48212");
    assertThat(haiChau.path("open").asLong()).isEqualTo(6);
    assertThat(haiChau.path("dueSoon").asLong()).isEqualTo(1);
    assertThat(haiChau.path("overdue").asLong()).isEqualTo(2);
    assertThat(haiChau.path("finishedOnTime").asLong()).isZero();

    JsonNode sonTra = row(report, "48219");
    assertThat(sonTra.path("open").asLong()).isZero();
    assertThat(sonTra.path("finishedOnTime").asLong()).isEqualTo(3);
    assertThat(sonTra.path("finishedLate").asLong()).isEqualTo(1);
    assertThat(sonTra.path("onTimeRate").asDouble()).isEqualTo(0.75);
    assertThat(sonTra.path("averageProcessingWorkingDays").asDouble()).isEqualTo(2.75);
    assertThat(sonTra.path("provinceCode").asText()).isEqualTo("48");
    assertThat(sonTra.path("communeName").asText()).isEqualTo("Phường Sơn Trà");
  }

  @Test
  void aggregatesPerProvinceOverThePeriod() throws Exception {
    JsonNode report =
        get(
            "demo",
            "/api/v1/sla/kpis?procedure="
                + PROCEDURE
                + "&groupBy=province&from=2026-10-01&to=2026-11-30");

    assertThat(report.path("figures")).hasSize(1);
    JsonNode daNang = report.path("figures").get(0);
    assertThat(daNang.path("provinceCode").asText()).isEqualTo("48");
    assertThat(daNang.path("open").asLong()).isEqualTo(6);
    assertThat(daNang.path("finishedOnTime").asLong()).isEqualTo(4);
    assertThat(daNang.path("finishedLate").asLong()).isEqualTo(1);
    assertThat(daNang.path("onTimeRate").asDouble()).isEqualTo(0.8);
  }

  @Test
  void showsASupervisorOnlyTheirProvince() throws Exception {
    JsonNode own = get("supervisor.hanoi", "/api/v1/sla/kpis?procedure=" + PROCEDURE);
    assertThat(own.path("figures")).isEmpty();

    HttpResponse<String> other =
        send("supervisor.hanoi", "/api/v1/sla/kpis?provinceCode=48&procedure=" + PROCEDURE);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");

    assertThat(send("officer.badinh", "/api/v1/sla/kpis").statusCode()).isEqualTo(403);
  }

  @Test
  void rejectsAnUnknownGrouping() throws Exception {
    HttpResponse<String> response = send("demo", "/api/v1/sla/kpis?groupBy=district");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).path("type").asText())
        .isEqualTo("/problems/invalid-query");
  }

  @Test
  void publishesTheFiguresAsPrometheusGauges() throws Exception {
    metrics.refresh();

    String scrape = send("demo", "/actuator/prometheus").body();

    String haiChau = "commune=\"48212\",procedure=\"" + PROCEDURE + "\",province=\"48\"";
    String sonTra =
        "commune=\"48219\",on_time=\"%s\",procedure=\"" + PROCEDURE + "\",province=\"48\"";
    assertThat(scrape)
        .contains("dvc_dossiers_open{" + haiChau + "} 6.0")
        .contains("dvc_dossiers_due_soon{" + haiChau + "} 1.0")
        .contains("dvc_dossiers_overdue{" + haiChau + "} 2.0")
        .contains("dvc_dossiers_finished{" + sonTra.formatted("true") + "} 4.0")
        .contains("dvc_dossiers_finished{" + sonTra.formatted("false") + "} 1.0");
  }

  @Test
  void listsTheDossiersBehindEachFigure() throws Exception {
    JsonNode overdue = get("demo", "/api/v1/sla/dossiers?figure=overdue&procedure=" + PROCEDURE);
    assertThat(overdue.path("dossiers").findValuesAsText("dossierId"))
        .containsExactly(PROCEDURE + "-K-04", PROCEDURE + "-K-03");

    JsonNode late =
        get(
            "demo",
            "/api/v1/sla/dossiers?figure=finishedLate&procedure="
                + PROCEDURE
                + "&from=2026-11-01&to=2026-11-30");
    assertThat(late.path("dossiers").findValuesAsText("dossierId"))
        .containsExactly(PROCEDURE + "-K-10");

    HttpResponse<String> unknown = send("demo", "/api/v1/sla/dossiers?figure=slow");
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  @Test
  void givesTheWeeklyOnTimeTrendOldestFirst() throws Exception {
    JsonNode trend = get("demo", "/api/v1/sla/trend?weeks=3&procedure=" + PROCEDURE);

    // Weeks starting Monday 2, 9 and 16 November 2026.
    assertThat(trend.path("weeks").findValuesAsText("weekStart"))
        .containsExactly("2026-11-02", "2026-11-09", "2026-11-16");
    JsonNode secondWeek = trend.path("weeks").get(1);
    assertThat(secondWeek.path("finishedOnTime").asLong()).isEqualTo(1);
    assertThat(secondWeek.path("finishedLate").asLong()).isEqualTo(1);
    assertThat(secondWeek.path("onTimeRate").asDouble()).isEqualTo(0.5);
    assertThat(trend.path("weeks").get(2).path("onTimeRate").isNull()).isTrue();
  }

  @Test
  void showsOneDossiersDeadlineOnlyToWhoSupervisesIt() throws Exception {
    JsonNode dossier = get("demo", "/api/v1/sla/dossiers/" + PROCEDURE + "-K-06");
    assertThat(dossier.path("clockState").asText()).isEqualTo("PAUSED");
    assertThat(dossier.path("provinceCode").asText()).isEqualTo("48");

    assertThat(send("supervisor.hanoi", "/api/v1/sla/dossiers/" + PROCEDURE + "-K-06").statusCode())
        .isEqualTo(404);
  }

  @Test
  void acceptsTheCockpitLoginSessionForReadsOnly() throws Exception {
    java.net.CookieManager cookies = new java.net.CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    // Camunda's webapps hand out their CSRF token as a cookie on the first page.
    browser.send(
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/app/cockpit/default/"))
            .build(),
        HttpResponse.BodyHandlers.discarding());
    String csrf =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .findFirst()
            .orElseThrow()
            .getValue();
    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/camunda/api/admin/auth/user/default/login/cockpit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

    HttpResponse<String> read =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:" + port + "/api/v1/sla/kpis?procedure=" + PROCEDURE))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    // The API must not rotate Cockpit's session, or Cockpit's next call would be signed out.
    assertThat(read.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));

    HttpResponse<String> dossiers =
        browser.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers/x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(dossiers.statusCode()).isEqualTo(401);
  }

  private void seed(
      String id,
      String commune,
      String clock,
      String due,
      String finished,
      Boolean onTime,
      Integer processingDays) {
    String dossierId = PROCEDURE + "-" + id;
    jdbc.update(
        "insert into dossier (id, procedure_key, applicant_pin, commune_code, status, data_json,"
            + " submitted_by, received_at, updated_at) values (?,?,?,?,?,?,?,?,?)",
        dossierId,
        PROCEDURE,
        "048190000000",
        commune,
        finished == null ? "IN_REVIEW" : "COMPLETED",
        "{}",
        "test",
        NOW.atOffset(ZoneOffset.UTC),
        NOW.atOffset(ZoneOffset.UTC));
    jdbc.update(
        "insert into dossier_sla (dossier_id, procedure_key, commune_code, province_code,"
            + " clock_state, started_at, due_date, finished_at, on_time, processing_working_days)"
            + " values (?,?,?,?,?,?,?,?,?,?)",
        dossierId,
        PROCEDURE,
        commune,
        "48",
        clock,
        due == null ? null : Instant.parse("2026-10-01T03:00:00Z").atOffset(ZoneOffset.UTC),
        due == null ? null : Instant.parse(due).atOffset(ZoneOffset.UTC),
        finished == null ? null : Instant.parse(finished).atOffset(ZoneOffset.UTC),
        onTime,
        processingDays);
  }

  private static JsonNode row(JsonNode report, String commune) {
    for (JsonNode figures : report.path("figures")) {
      if (commune.equals(figures.path("communeCode").asText())) {
        return figures;
      }
    }
    throw new AssertionError("No figures for commune " + commune + " in " + report);
  }

  private JsonNode get(String user, String path) throws Exception {
    HttpResponse<String> response = send(user, path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private HttpResponse<String> send(String user, String path) throws Exception {
    String credentials =
        Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Basic " + credentials)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
