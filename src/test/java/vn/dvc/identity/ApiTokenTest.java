package vn.dvc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dvc.registry.payment.PaymentCallbackSignature;

/**
 * The {@code keycloak} profile's doors, without a Keycloak server: a stub publishes the realm's
 * signing key, and the tests sign tokens with it (or with something else). The real Keycloak is in
 * KeycloakIT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "keycloak"})
class ApiTokenTest {

  private static final RSAKey REALM_KEY = rsaKey("realm");
  private static final RSAKey OTHER_KEY = rsaKey("realm");

  /**
   * Down until the first test runs: the application context (engine included) starts while every
   * Keycloak endpoint answers 503, as it must in production when Keycloak is not up yet.
   */
  private static final AtomicBoolean REALM_UP = new AtomicBoolean(false);

  private static final AtomicBoolean STARTED_WHILE_DOWN = new AtomicBoolean();
  private static final HttpServer KEYCLOAK = realmStub();

  /** citizen.uyen and citizen.my of the demo realm; Uyên's husband is 040091666185. */
  private static final String UYEN = "001194779591";

  private static final String MY = "011198949974";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  @org.springframework.beans.factory.annotation.Value("${dvc.payments.callback-secret}")
  String callbackSecret;

  @Autowired
  @Qualifier("keycloak")
  HealthIndicator keycloakHealth;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void keycloak(DynamicPropertyRegistry properties) {
    properties.add("dvc.keycloak.url", ApiTokenTest::keycloakUrl);
  }

  @org.junit.jupiter.api.BeforeEach
  void keycloakIsBack() {
    if (!REALM_UP.getAndSet(true)) {
      STARTED_WHILE_DOWN.set(true);
    }
  }

  @Test
  void theApplicationStartedWhileKeycloakWasDownAndWorksOnceItIsBack() throws Exception {
    assertThat(STARTED_WHILE_DOWN).isTrue();
    String officer = sign(REALM_KEY, staff("officer.badinh").build());
    assertThat(call("GET", "/api/v1/procedures", officer).statusCode()).isEqualTo(200);
  }

  @AfterAll
  static void stopStub() {
    KEYCLOAK.stop(0);
  }

  @Test
  void everyEndpointOfOursAndOfTheEngineAnswers401WithoutAToken() throws Exception {
    List<String> refused = new ArrayList<>();
    List<String> endpoints = endpoints();
    for (String endpoint : endpoints) {
      if (endpoint.equals(PAYMENT_CALLBACKS)) {
        continue; // its own test: the signature authenticates it, not a token
      }
      String[] methodAndPath = endpoint.split(" ", 2);
      HttpResponse<String> answer = call(methodAndPath[0], methodAndPath[1], null);
      if (answer.statusCode() != 401) {
        refused.add(endpoint + " → " + answer.statusCode());
      }
    }
    assertThat(endpoints).hasSizeGreaterThan(40);
    assertThat(refused).as("endpoints not answering 401 without a token").isEmpty();
  }

  /** The payment platform's confirmations, the one API endpoint open without a token. */
  private static final String PAYMENT_CALLBACKS = "POST /api/v1/payments/callbacks";

  @Test
  void thePaymentPlatformPostsItsSignedCallbacksWithoutAToken() throws Exception {
    byte[] body =
        json.writeValueAsBytes(
            json.createObjectNode()
                .put("callbackId", "CB-token-test")
                .put("requestId", "PAY-NOT-IN-LEDGER")
                .put("dossierId", "D-NONE")
                .put("event", "PAID")
                .put("amountVnd", 1000)
                .put("transactionRef", "TX1")
                .put("occurredAt", java.time.Instant.now().toString())
                .put("sequence", 1));
    String timestamp = Long.toString(java.time.Instant.now().getEpochSecond());
    HttpRequest.Builder post =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/payments/callbacks"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));

    HttpResponse<String> unsigned = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> signed =
        http.send(
            post.header(PaymentCallbackSignature.TIMESTAMP_HEADER, timestamp)
                .header(
                    PaymentCallbackSignature.SIGNATURE_HEADER,
                    new PaymentCallbackSignature(callbackSecret).sign(timestamp, body))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    // Answered by the endpoint itself (its own problem types), not by the token check.
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(json.readTree(unsigned.body()).path("type").asText())
        .isEqualTo("/problems/payment-callback-forged");
    assertThat(signed.statusCode()).isEqualTo(404);
    assertThat(json.readTree(signed.body()).path("type").asText())
        .isEqualTo("/problems/payment-callback-unknown-request");
    assertThat(call("GET", "/api/v1/payments/callbacks", null).statusCode()).isEqualTo(401);
    assertThat(
            json.readTree(call("GET", "/api/v1/payments/callbacks", null).body())
                .path("type")
                .asText())
        .isEqualTo("/problems/unauthenticated");
  }

  @Test
  void answers401ForExpiredWrongIssuerWrongAudienceOrTamperedTokens() throws Exception {
    Map<String, String> bad = new java.util.LinkedHashMap<>();
    bad.put("expired", sign(REALM_KEY, staff("officer.badinh").expirationTime(ago(60)).build()));
    bad.put(
        "wrong issuer",
        sign(REALM_KEY, staff("officer.badinh").issuer("http://evil.invalid/realms/dvc").build()));
    bad.put("wrong audience", sign(REALM_KEY, staff("officer.badinh").audience("account").build()));
    bad.put("signed by another key", sign(OTHER_KEY, staff("officer.badinh").build()));
    String genuine = sign(REALM_KEY, staff("officer.badinh").build());
    String[] parts = genuine.split("\\.");
    String forgedPayload =
        sign(REALM_KEY, staff("demo").claim("groups", List.of("camunda-admin")).build())
            .split("\\.")[1];
    bad.put("tampered payload", parts[0] + "." + forgedPayload + "." + parts[2]);
    bad.put("not a JWT", "hello");

    assertThat(call("GET", "/api/v1/procedures", genuine).statusCode()).isEqualTo(200);
    for (Map.Entry<String, String> token : bad.entrySet()) {
      HttpResponse<String> answer = call("GET", "/api/v1/procedures", token.getValue());
      assertThat(answer.statusCode()).as(token.getKey()).isEqualTo(401);
      assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
  }

  @Test
  void citizensUseTheDossierApiButNotTheEngineApiAuditOrSlaFigures() throws Exception {
    String citizen = sign(REALM_KEY, citizen("citizen.uyen", UYEN).build());
    String officer = sign(REALM_KEY, staff("officer.badinh").build());
    String auditor = sign(REALM_KEY, staff("auditor").claim("groups", List.of("auditors")).build());
    String supervisor =
        sign(
            REALM_KEY,
            staff("supervisor.hanoi").claim("groups", List.of("province-01-supervisors")).build());
    String admin = sign(REALM_KEY, staff("demo").claim("groups", List.of("camunda-admin")).build());

    record Expectation(String token, String who, String path, int status) {}
    List<Expectation> matrix =
        List.of(
            new Expectation(citizen, "citizen", "/api/v1/procedures", 200),
            new Expectation(citizen, "citizen", "/engine-rest/task", 403),
            new Expectation(citizen, "citizen", "/engine-rest/process-instance", 403),
            new Expectation(citizen, "citizen", "/api/v1/audit/registry-access?pin=" + MY, 403),
            new Expectation(citizen, "citizen", "/api/v1/sla/kpis", 403),
            new Expectation(citizen, "citizen", "/actuator/metrics", 403),
            new Expectation(officer, "officer", "/engine-rest/task", 200),
            new Expectation(officer, "officer", "/api/v1/audit/registry-access?pin=" + MY, 403),
            new Expectation(officer, "officer", "/api/v1/sla/kpis", 403),
            new Expectation(officer, "officer", "/actuator/metrics", 403),
            new Expectation(auditor, "auditor", "/api/v1/audit/registry-access?pin=" + MY, 200),
            new Expectation(supervisor, "supervisor", "/api/v1/sla/kpis?provinceCode=01", 200),
            new Expectation(supervisor, "supervisor", "/api/v1/sla/kpis?provinceCode=40", 403),
            new Expectation(admin, "admin", "/actuator/metrics", 200),
            new Expectation(admin, "admin", "/engine-rest/task", 200));
    List<String> wrong = new ArrayList<>();
    for (Expectation e : matrix) {
      int status = call("GET", e.path(), e.token()).statusCode();
      if (status != e.status()) {
        wrong.add(e.who() + " GET " + e.path() + " → " + status + ", expected " + e.status());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void citizenFilesOnlyInTheirOwnNameAndSeesOnlyTheirOwnDossiers() throws Exception {
    String uyen = sign(REALM_KEY, citizen("citizen.uyen", UYEN).build());
    String my = sign(REALM_KEY, citizen("citizen.my", MY).build());

    HttpResponse<String> filed = call("POST", "/api/v1/dossiers", uyen, birthOfAChildOf(UYEN));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode dossier = json.readTree(filed.body());
    String id = dossier.path("id").asText();
    assertThat(dossier.path("timeline").toString()).contains("Nộp trực tuyến bởi citizen.uyen");

    HttpResponse<String> forSomeoneElse =
        call("POST", "/api/v1/dossiers", my, birthOfAChildOf(UYEN));
    assertThat(forSomeoneElse.statusCode()).isEqualTo(403);
    assertThat(forSomeoneElse.body()).contains("applicant-not-caller");

    assertThat(call("GET", "/api/v1/dossiers/" + id, uyen).statusCode()).isEqualTo(200);
    HttpResponse<String> notHers = call("GET", "/api/v1/dossiers/" + id, my);
    assertThat(notHers.statusCode()).isEqualTo(404);
    assertThat(call("GET", "/api/v1/dossiers/NO-SUCH-DOSSIER", my).body())
        .as("someone else's dossier looks exactly like a missing one")
        .contains(json.readTree(notHers.body()).path("type").asText());
  }

  /**
   * Staff read the dossiers their groups handle, not their whole province: Trường Vinh's
   * civil-status officers receive a birth filed there, Thanh Vinh's (same province) do not, and
   * neither do Trường Vinh's police, who have no part in a plain birth registration. Supervisors
   * read their province's.
   */
  @Test
  void staffSeeTheDossiersTheirGroupsHandleAndSupervisorsTheirProvince() throws Exception {
    String uyen = sign(REALM_KEY, citizen("citizen.uyen", UYEN).build());
    HttpResponse<String> filed = call("POST", "/api/v1/dossiers", uyen, birthOfAChildOf(UYEN));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String path = "/api/v1/dossiers/" + json.readTree(filed.body()).path("id").asText();

    record Reader(String user, List<String> groups, int status) {}
    List<String> wrong = new ArrayList<>();
    for (Reader reader :
        List.of(
            new Reader("officer.truongvinh", List.of("commune-40135-civil-status"), 200),
            new Reader("officer.thanhvinh", List.of("commune-40142-civil-status"), 404),
            new Reader("police.truongvinh", List.of("commune-40135-police"), 404),
            new Reader("socialsecurity.nghean", List.of("province-40-social-security"), 404),
            new Reader("supervisor.nghean", List.of("province-40-supervisors"), 200),
            new Reader("demo", List.of("camunda-admin"), 200),
            new Reader("officer.badinh", List.of("commune-01100-civil-status"), 404),
            new Reader("supervisor.hanoi", List.of("province-01-supervisors"), 404),
            new Reader("auditor", List.of("auditors"), 404),
            new Reader("analyst", List.of("analysts"), 404))) {
      String token = sign(REALM_KEY, staff(reader.user()).claim("groups", reader.groups()).build());
      int status = call("GET", path, token).statusCode();
      if (status != reader.status()) {
        wrong.add(reader.user() + " → " + status + ", expected " + reader.status());
      }
    }
    assertThat(wrong).isEmpty();
  }

  /**
   * The applicant supplies the document asked of them; the officer who receives the dossier reads
   * it but may not supply it in the citizen's stead, and another citizen does not even see it.
   */
  @Test
  void citizenSuppliesTheirOwnDocument() throws Exception {
    String uyen = sign(REALM_KEY, citizen("citizen.uyen", UYEN).build());
    String my = sign(REALM_KEY, citizen("citizen.my", MY).build());
    String officer =
        sign(
            REALM_KEY,
            staff("officer.truongvinh")
                .claim("groups", List.of("commune-40135-civil-status"))
                .build());
    HttpResponse<String> filed = call("POST", "/api/v1/dossiers", uyen, birthOfAChildOf(UYEN));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode dossier = json.readTree(filed.body());
    assertThat(dossier.path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    String id = dossier.path("id").asText();
    String type = dossier.path("requiredDocuments").get(0).path("type").asText();

    assertThat(call("GET", "/api/v1/dossiers/" + id, officer).statusCode()).isEqualTo(200);
    HttpResponse<String> byOfficer = upload(id, officer, type);
    assertThat(byOfficer.statusCode()).as(byOfficer.body()).isEqualTo(403);
    assertThat(byOfficer.body()).contains("not-allowed-to-supply");
    HttpResponse<String> byAnotherCitizen = upload(id, my, type);
    assertThat(byAnotherCitizen.statusCode()).as(byAnotherCitizen.body()).isEqualTo(404);

    HttpResponse<String> byApplicant = upload(id, uyen, type);
    assertThat(byApplicant.statusCode()).as(byApplicant.body()).isEqualTo(201);
    assertThat(json.readTree(byApplicant.body()).path("documents")).hasSize(1);
  }

  @Test
  void officerFilesAtTheCounterForACitizenAndOthersWithoutAnOfficeMayNot() throws Exception {
    String officer =
        sign(
            REALM_KEY,
            staff("officer.truongvinh")
                .claim("groups", List.of("commune-40135-civil-status"))
                .build());
    String nobody = sign(REALM_KEY, staff("analyst").claim("groups", List.of("analysts")).build());

    HttpResponse<String> filed = call("POST", "/api/v1/dossiers", officer, birthOfAChildOf(UYEN));
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    assertThat(json.readTree(filed.body()).path("timeline").toString())
        .contains("Cán bộ officer.truongvinh tiếp nhận tại quầy");
    assertThat(call("POST", "/api/v1/dossiers", nobody, birthOfAChildOf(UYEN)).statusCode())
        .isEqualTo(403);
  }

  @Test
  void healthShowsKeycloakDownWithTheReasonAndUpWhenItIsBack() throws Exception {
    REALM_UP.set(false);
    try {
      Health down = keycloakHealth.health();
      assertThat(down.getStatus()).isEqualTo(Status.DOWN);
      assertThat(down.getDetails().get("error")).hasToString("Keycloak answered HTTP 503");
      assertThat(
              json.readTree(call("GET", "/actuator/health", null).body()).path("status").asText())
          .isEqualTo("DOWN");
    } finally {
      REALM_UP.set(true);
    }
    assertThat(keycloakHealth.health().getStatus()).isEqualTo(Status.UP);
  }

  /** Every mapping of ours under /api, and every root resource of Camunda's REST API. */
  private List<String> endpoints() {
    TreeSet<String> endpoints = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        String path = pattern.replaceAll("\\{[^}]+}", "x");
        if (info.getMethodsCondition().getMethods().isEmpty()) {
          endpoints.add("GET " + path);
        }
        info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + path));
      }
    }
    // The engine's root resources hand out one sub-resource per kind (process-definition, task…).
    for (Class<?> resource : CamundaRestResources.getResourceClasses()) {
      Path root = resource.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      String prefix = "/engine-rest" + root.value().replaceAll("\\{[^}]+}", "default");
      for (Method method : resource.getMethods()) {
        Path sub = method.getAnnotation(Path.class);
        if (sub != null) {
          String path = (prefix + "/" + sub.value()).replaceAll("\\{[^}]+}", "default");
          path = path.replaceAll("/+", "/");
          endpoints.add("GET " + path);
          endpoints.add("POST " + path);
        }
      }
    }
    return List.copyOf(endpoints);
  }

  private HttpResponse<String> call(String method, String path, String token) throws Exception {
    return call(method, path, token, null);
  }

  private HttpResponse<String> call(String method, String path, String token, ObjectNode body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
            .header("Content-Type", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> upload(String dossierId, String token, String documentType)
      throws Exception {
    String boundary = "dvc-" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
            + documentType
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"statement.pdf\""
            + "\r\nContent-Type: application/pdf\r\n\r\n"
            + "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:" + port + "/api/v1/dossiers/" + dossierId + "/documents"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private ObjectNode birthOfAChildOf(String motherPin) {
    ObjectNode request = json.createObjectNode();
    request.put("procedure", "birth-registration");
    request.put("applicantPin", motherPin);
    ObjectNode data = request.putObject("data");
    ObjectNode child = data.putObject("child");
    child.put("fullName", "Phan Kiểm Thử " + UUID.randomUUID().toString().substring(0, 6));
    child.put("gender", "FEMALE");
    child.put("dateOfBirth", java.time.LocalDate.now().minusDays(10).toString());
    child.put("placeOfBirth", "Bệnh viện Sản Nhi Nghệ An");
    data.put("otherParentPin", "040091666185");
    return request;
  }

  private static JWTClaimsSet.Builder staff(String user) {
    return new JWTClaimsSet.Builder()
        .issuer(keycloakUrl() + "/realms/dvc")
        .audience(List.of("dossier-api", "account"))
        .subject(UUID.randomUUID().toString())
        .issueTime(new Date())
        .expirationTime(Date.from(Instant.now().plusSeconds(300)))
        .claim("preferred_username", user)
        .claim("groups", List.of("commune-01100-civil-status"));
  }

  private static JWTClaimsSet.Builder citizen(String user, String pin) {
    // As Keycloak issues them: a citizen is in no group, so the token has no groups claim.
    return staff(user).claim("groups", null).claim("pin", pin);
  }

  private static Date ago(long seconds) {
    return Date.from(Instant.now().minusSeconds(seconds));
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static RSAKey rsaKey(String id) {
    try {
      return new RSAKeyGenerator(2048).keyID(id).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String keycloakUrl() {
    return "http://localhost:" + KEYCLOAK.getAddress().getPort();
  }

  private static HttpServer realmStub() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      server.createContext(
          "/realms/dvc/protocol/openid-connect/certs",
          exchange ->
              answer(
                  exchange,
                  REALM_UP.get() ? 200 : 503,
                  new JWKSet(REALM_KEY.toPublicJWK()).toString()));
      server.createContext(
          "/realms/dvc",
          exchange -> answer(exchange, REALM_UP.get() ? 200 : 503, "{\"realm\":\"dvc\"}"));
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
