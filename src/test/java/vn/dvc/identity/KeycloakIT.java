package vn.dvc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code keycloak} profile against a real Keycloak server with the realm of the repository:
 * real sign-in pages, real authorization codes, real tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({"test", "keycloak"})
class KeycloakIT {

  private static final int APP_PORT = freePort();
  private static final String APP = "http://localhost:" + APP_PORT;
  private static final String PORTAL_CALLBACK = "http://portal.test/callback";

  @Autowired ObjectMapper json;

  @DynamicPropertySource
  static void keycloak(DynamicPropertyRegistry properties) {
    properties.add("server.port", () -> APP_PORT);
    properties.add("dvc.keycloak.url", () -> KeycloakServer.shared(APP_PORT).url());
  }

  @Test
  void portalCitizenFilesWithTheirTokenAndAnotherCitizenCannotSeeTheDossier() throws Exception {
    String uyen = portalToken("citizen.uyen");
    String my = portalToken("citizen.my");
    JsonNode claims = claims(uyen);
    assertThat(claims.path("pin").asText()).isEqualTo("001194779591");
    assertThat(claims.path("aud").toString()).contains("dossier-api");

    HttpResponse<String> filed = api("POST", "/api/v1/dossiers", uyen, birthOfAChildOf());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String id = json.readTree(filed.body()).path("id").asText();

    assertThat(api("GET", "/api/v1/dossiers/" + id, uyen, null).statusCode()).isEqualTo(200);
    assertThat(api("GET", "/api/v1/dossiers/" + id, my, null).statusCode()).isEqualTo(404);
    assertThat(api("GET", "/engine-rest/task", uyen, null).statusCode()).isEqualTo(403);
    assertThat(api("GET", "/api/v1/dossiers/" + id, null, null).statusCode()).isEqualTo(401);
    assertThat(api("GET", "/api/v1/dossiers/" + id, uyen + "x", null).statusCode()).isEqualTo(401);
  }

  @Test
  void officerSignsIntoTasklistThroughKeycloakWithTheRealmsGroupsAndSignsOut() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> loginPage = browser.follow(APP + "/camunda/app/tasklist/default/");
    assertThat(loginPage.uri().toString()).contains("/realms/dvc/protocol/openid-connect/auth");

    HttpResponse<String> signedIn =
        browser.follow(browser.submitLogin(loginPage, "officer.truongvinh", "demo"));
    assertThat(signedIn.uri().toString()).startsWith(APP + "/camunda/app/");

    JsonNode user = json.readTree(browser.get(APP + "/camunda/api/admin/auth/user/default").body());
    assertThat(user.path("userId").asText()).isEqualTo("officer.truongvinh");
    assertThat(user.path("authorizedApps").toString()).contains("tasklist");

    // Groups come from the realm through the engine's identity provider.
    JsonNode groups =
        json.readTree(
            browser
                .get(APP + "/camunda/api/engine/engine/default/group?member=officer.truongvinh")
                .body());
    assertThat(groups.findValuesAsText("id")).containsExactly("commune-40135-civil-status");

    HttpResponse<String> logout = browser.post(APP + "/camunda/api/admin/auth/user/default/logout");
    assertThat(logout.statusCode()).isEqualTo(200);
    HttpResponse<String> again = browser.follow(APP + "/camunda/app/tasklist/default/");
    assertThat(again.uri().toString())
        .as("signed out of Keycloak too: the sign-in page again, not a silent sign-in")
        .contains("/realms/dvc/protocol/openid-connect/auth");
    assertThat(again.body()).contains("kc-form-login");
  }

  /**
   * Keycloak 26.7 ships Vietnamese sign-in messages (theme/base/login/messages_vi.properties of
   * keycloak-themes), so the realm's default locale vi is enough: no theme of our own.
   */
  @Test
  void signInPageIsInVietnameseByDefaultAndInEnglishWhenAsked() throws Exception {
    HttpResponse<String> vietnamese = new Browser().follow(APP + "/camunda/app/tasklist/default/");
    assertThat(vietnamese.body())
        .contains("kc-form-login")
        .contains("lang=\"vi\"")
        .contains("Đăng nhập vào tài khoản của bạn")
        .contains("Mật khẩu")
        .doesNotContain("Sign in to your account");

    // The page's language menu, as an officer picks English in it (kc_locale=en).
    Browser english = new Browser();
    HttpResponse<String> page = english.follow(APP + "/camunda/app/tasklist/default/");
    Matcher menu = Pattern.compile("value=\"([^\"]*kc_locale=en)\"").matcher(page.body());
    assertThat(menu.find()).as("the language menu offers English").isTrue();
    HttpResponse<String> asked =
        english.follow(page.uri().resolve(menu.group(1).replace("&amp;", "&")).toString());
    assertThat(asked.body())
        .contains("Sign in to your account")
        .contains("Password")
        .doesNotContain("Mật khẩu");

    HttpResponse<String> byBrowser =
        new Browser()
            .follow(
                HttpRequest.newBuilder(page.uri())
                    .header("Accept-Language", "en-GB,en;q=0.9")
                    .GET()
                    .build());
    assertThat(byBrowser.body()).contains("Sign in to your account");
  }

  @Test
  void signedInThroughKeycloakOfficersSeeTheirCommunesTasksAndSupervisorsTheirProvince()
      throws Exception {
    ObjectNode request = birthOfAChildOf();
    ObjectNode data = (ObjectNode) request.path("data");
    data.put("birthCertificateNo", "CS-2026-000007");
    ((ObjectNode) data.path("child")).put("dateOfBirth", "2026-09-06").put("gender", "MALE");
    HttpResponse<String> filed =
        api("POST", "/api/v1/dossiers", portalToken("citizen.uyen"), request);
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String dossier = json.readTree(filed.body()).path("id").asText();
    assertThat(json.readTree(filed.body()).path("status").asText())
        .as(filed.body())
        .isEqualTo("IN_REVIEW");
    String tasks = "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + dossier;
    String instances = "/camunda/api/engine/engine/default/process-instance?businessKey=" + dossier;

    assertThat(json.readTree(signIn("officer.truongvinh").get(APP + tasks).body())).hasSize(1);
    assertThat(json.readTree(signIn("officer.badinh").get(APP + tasks).body())).isEmpty();
    // The procedure's instance and the frame handle-dossier it called, both under the dossier code.
    assertThat(
            json.readTree(signIn("supervisor.nghean").get(APP + instances).body())
                .findValuesAsText("definitionKey"))
        .containsExactlyInAnyOrder("birth-registration", "handle-dossier");
    assertThat(json.readTree(signIn("supervisor.hanoi").get(APP + instances).body())).isEmpty();
  }

  private Browser signIn(String username) throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> loginPage = browser.follow(APP + "/camunda/app/cockpit/default/");
    HttpResponse<String> signedIn =
        browser.follow(browser.submitLogin(loginPage, username, "demo"));
    assertThat(signedIn.uri().toString()).startsWith(APP + "/camunda/app/");
    return browser;
  }

  /** The portal's flow: authorization code with PKCE for the public client. */
  private String portalToken(String username) throws Exception {
    String verifier = randomToken();
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    String issuer = KeycloakServer.shared(APP_PORT).url() + "/realms/dvc";
    Browser browser = new Browser();
    HttpResponse<String> loginPage =
        browser.follow(
            issuer
                + "/protocol/openid-connect/auth?"
                + form(
                    Map.of(
                        "client_id", "portal",
                        "response_type", "code",
                        "scope", "openid",
                        "redirect_uri", PORTAL_CALLBACK,
                        "state", randomToken(),
                        "code_challenge", challenge,
                        "code_challenge_method", "S256")));
    HttpResponse<String> redirect = browser.send(browser.submitLogin(loginPage, username, "demo"));
    String location =
        redirect
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "No redirect after signing in: "
                            + redirect.statusCode()
                            + " "
                            + redirect.body().replaceAll("\\s+", " ")));
    assertThat(location).startsWith(PORTAL_CALLBACK);
    Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
    assertThat(code.find()).as(location).isTrue();
    HttpResponse<String> tokens =
        browser.send(
            HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        form(
                            Map.of(
                                "grant_type",
                                "authorization_code",
                                "client_id",
                                "portal",
                                "code",
                                code.group(1),
                                "redirect_uri",
                                PORTAL_CALLBACK,
                                "code_verifier",
                                verifier))))
                .build());
    assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
    return json.readTree(tokens.body()).path("access_token").asText();
  }

  private JsonNode claims(String token) throws IOException {
    return json.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
  }

  private HttpResponse<String> api(String method, String path, String token, ObjectNode body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(APP + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private ObjectNode birthOfAChildOf() {
    ObjectNode request = json.createObjectNode();
    request.put("procedure", "birth-registration");
    request.put("applicantPin", "001194779591");
    ObjectNode data = request.putObject("data");
    ObjectNode child = data.putObject("child");
    child.put("fullName", "Phan Kiểm Thử " + UUID.randomUUID().toString().substring(0, 6));
    child.put("gender", "MALE");
    child.put("dateOfBirth", LocalDate.now().minusDays(7).toString());
    child.put("placeOfBirth", "Bệnh viện Sản Nhi Nghệ An");
    data.put("otherParentPin", "040091666185");
    return request;
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A cookie-keeping HTTP client that follows redirects itself, to see where they lead. */
  private static final class Browser {

    /**
     * Keycloak marks its cookies Secure, and a browser treats http://localhost as secure; Java's
     * cookie manager does not, so it is told to keep them.
     */
    private final CookieManager cookies =
        new CookieManager() {
          @Override
          public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> insecure = new java.util.HashMap<>();
            headers.forEach(
                (name, values) ->
                    insecure.put(
                        name,
                        name != null && name.equalsIgnoreCase("Set-Cookie")
                            ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList()
                            : values));
            super.put(uri, insecure);
          }
        };

    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> send(HttpRequest request) throws Exception {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
      xsrf().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
      return send(request.build());
    }

    HttpResponse<String> post(String url) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody());
      xsrf().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
      return send(request.build());
    }

    HttpResponse<String> follow(String url) throws Exception {
      return follow(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    HttpResponse<String> follow(HttpRequest request) throws Exception {
      HttpResponse<String> response = send(request);
      for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
        URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        response = send(HttpRequest.newBuilder(next).GET().build());
      }
      return response;
    }

    /** Keycloak's sign-in form, filled in and submitted. */
    HttpRequest submitLogin(HttpResponse<String> page, String username, String password) {
      Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page.body());
      assertThat(action.find()).as("a Keycloak sign-in form in " + page.uri()).isTrue();
      return HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  form(Map.of("username", username, "password", password, "credentialId", ""))))
          .build();
    }

    private java.util.Optional<String> xsrf() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue)
          .findFirst();
    }
  }
}
