package vn.dvc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;

/**
 * Malformed requests over real HTTP, the way an attacker or a broken client sends them: each is
 * refused with {@code application/problem+json} and a 4xx status, and a refused filing writes
 * nothing. Requests that {@link HttpClient} will not send (a raw byte in the request line, a
 * truncated body) go over a plain socket.
 */
@DvcSpringBootTest
class RequestValidationApiTest {

  private static final String USER = "officer.badinh";
  private static final String PASSWORD = "demo";
  private static final String PROBLEM_JSON = "application/problem+json";

  /** A mother in population.json (certificate CS-2026-000058 is this class's). */
  private static final String MOTHER = "020191981911";

  private static final String CERTIFICATE = "CS-2026-000058";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  // ---------------------------------------------------------------------------------------------
  // JSON bodies

  @Test
  void acceptsWellFormedDossier() throws Exception {
    int before = dossiersOfMother();

    Answer answer = fileJson(body(child("2026-09-16"), ""));

    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    assertThat(dossiersOfMother()).isEqualTo(before + 1);
  }

  @Test
  void refusesDuplicateJsonKeys() throws Exception {
    String body =
        "{\"procedure\":\"birth-registration\",\"applicantPin\":\"000000000000\","
            + "\"applicantPin\":\""
            + MOTHER
            + "\",\"data\":{\"child\":"
            + child("2026-09-16")
            + "}}";

    Answer answer = refusedWithoutFiling(() -> fileJson(body), 400, "duplicate-key");

    assertThat(answer.detail()).contains("applicantPin");
  }

  @Test
  void refusesDuplicateJsonKeysInsideData() throws Exception {
    String child =
        "{\"fullName\":\"Lê Trùng Khóa\",\"fullName\":\"Lê Khác\",\"gender\":\"FEMALE\","
            + "\"dateOfBirth\":\"2026-09-16\",\"placeOfBirth\":\"Bệnh viện Sản Nhi\"}";

    Answer answer = refusedWithoutFiling(() -> fileJson(body(child, "")), 400, "duplicate-key");

    assertThat(answer.detail()).contains("fullName");
  }

  @Test
  void refusesUnknownTopLevelFieldNamingIt() throws Exception {
    String body = body(child("2026-09-16"), "").replaceFirst("\\{", "{\"status\":\"COMPLETED\",");

    Answer answer = refusedWithoutFiling(() -> fileJson(body), 400, "unknown-field");

    assertThat(answer.detail()).contains("\"status\"");
    assertThat(answer.body().path("field").asText()).isEqualTo("status");
  }

  @Test
  void refusesUnknownFieldInsideDataThroughTheProcedureSchema() throws Exception {
    Answer answer =
        refusedWithoutFiling(
            () -> fileJson(body(child("2026-09-16"), ",\"status\":\"COMPLETED\"")),
            400,
            "invalid-data");

    assertThat(answer.detail()).contains("status");
  }

  @Test
  void refusesOverlongUtf8() throws Exception {
    // C0 AF is an overlong (forbidden) encoding of '/': a lenient decoder turns it into a slash.
    byte[] body = utf8(body(child("2026-09-16"), "").replace("Lê Bé", "Lê Bé #"));
    int at = indexOf(body, (byte) '#');
    byte[] malformed = new byte[body.length + 1];
    System.arraycopy(body, 0, malformed, 0, at);
    malformed[at] = (byte) 0xC0;
    malformed[at + 1] = (byte) 0xAF;
    System.arraycopy(body, at + 1, malformed, at + 2, body.length - at - 1);

    refusedWithoutFiling(() -> fileJson(malformed), 400, "invalid-encoding");
  }

  @Test
  void refusesLoneSurrogate() throws Exception {
    String body = body(child("2026-09-16"), "").replace("Lê Bé", "Lê Bé \\ud800");

    refusedWithoutFiling(() -> fileJson(body), 400, "invalid-encoding");
  }

  @Test
  void refusesInvalidUtf8Byte() throws Exception {
    byte[] body = utf8(body(child("2026-09-16"), "").replace("Lê Bé", "Lê Bé #"));
    body[indexOf(body, (byte) '#')] = (byte) 0xFF;

    Answer answer = fileJson(body);

    assertProblem(answer, 400);
  }

  @Test
  void refusesCommuneCodeWithTrailingNewline() throws Exception {
    refusedWithoutFiling(
        () -> fileJson(body(child("2026-09-16"), ",\"communeCode\":\"01100\\n\"")),
        422,
        "unknown-commune");
  }

  @Test
  void refusesChildBornBefore1900() throws Exception {
    Answer answer =
        refusedWithoutFiling(
            () -> fileJson(body(child("1800-01-01"), "")), 422, "impossible-date-of-birth");

    assertThat(answer.detail()).contains("1800-01-01").contains("1900");
  }

  @Test
  void refusesChildBornInYearZero() throws Exception {
    refusedWithoutFiling(
        () -> fileJson(body(child("0000-01-01"), "")), 422, "impossible-date-of-birth");
  }

  @Test
  void refusesChildBornInTheFarFuture() throws Exception {
    refusedWithoutFiling(
        () -> fileJson(body(child("2400-01-01"), "")), 422, "child-born-in-future");
  }

  // ---------------------------------------------------------------------------------------------
  // Multipart uploads: parsed before any controller runs

  @Test
  void refusesMultipartWithoutBoundary() throws Exception {
    Answer answer =
        send(
            authorized("/api/v1/dossiers/NOPE/documents")
                .header("Content-Type", "multipart/form-data")
                .POST(BodyPublishers.ofString("--x\r\nContent-Disposition: form-data\r\n\r\n")));

    assertProblem(answer, 400, "malformed-multipart");
  }

  @Test
  void refusesTruncatedMultipart() throws Exception {
    String boundary = "dvc-" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nWITNESS_STATEMENT\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 trunc";

    Answer answer = multipart(boundary, utf8(body));

    assertProblem(answer, 400, "malformed-multipart");
  }

  @Test
  void refusesMultipartWithThousandsOfParts() throws Exception {
    String boundary = "dvc-" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      body.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"p")
          .append(i)
          .append("\"\r\n\r\nx\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");

    Answer answer = multipart(boundary, utf8(body.toString()));

    assertProblem(answer, 413, "too-many-parts");
    assertThat(answer.detail()).contains("10");
  }

  @Test
  void refusesDocumentOverTheUploadLimitNamingTheLimit() throws Exception {
    String boundary = "dvc-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        utf8(
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nX\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n"));
    body.write(new byte[10 * 1024 * 1024 + 1]);
    body.write(utf8("\r\n--" + boundary + "--\r\n"));

    Answer answer = multipart(boundary, body.toByteArray());

    assertProblem(answer, 413, "document-too-large");
    assertThat(answer.detail()).doesNotContain("-1").contains("10 MB");
  }

  // ---------------------------------------------------------------------------------------------
  // Odd paths and headers: rejected by Tomcat or the firewall before any controller runs

  @Test
  void answersProblemJsonForOverlongUtf8InId() throws Exception {
    assertProblem(send(authorized("/api/v1/dossiers/%C0%AF").GET()), 400);
  }

  @Test
  void answersProblemJsonForBidiOverrideInId() throws Exception {
    Answer answer = send(authorized("/api/v1/dossiers/%E2%80%AEabc").GET());

    assertThat(answer.status()).as(answer.text()).isIn(400, 404);
    assertProblem(answer, answer.status());
  }

  @Test
  void answersProblemJsonForEncodedSlashInPath() throws Exception {
    assertProblem(send(authorized("/api/v1/dossiers/a%2Fb").GET()), 400);
  }

  @Test
  void answersProblemJsonForNulInPath() throws Exception {
    assertProblem(send(authorized("/api/v1/dossiers/a%00b").GET()), 400);
  }

  @Test
  void answersProblemJsonForInvalidPercentEncodedByteInPath() throws Exception {
    assertProblem(send(authorized("/api/v1/dossiers/a%ffb").GET()), 400);
  }

  @Test
  void answersProblemJsonForEncodedDotSegmentInPath() throws Exception {
    assertProblem(send(authorized("/api/v1/dossiers/%2e%2e/%2e%2e/engine-rest/user").GET()), 400);
  }

  @Test
  void answersProblemJsonForRawNonAsciiByteInRequestLine() throws Exception {
    byte[] request =
        concat(
            utf8("GET /api/v1/dossiers/a"),
            new byte[] {(byte) 0xFF},
            utf8(
                "b HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + basic()
                    + "\r\nConnection: close\r\n\r\n"));

    Answer answer = raw(request);

    assertProblem(answer, 400);
  }

  @Test
  void answersProblemJsonForOversizeHeader() throws Exception {
    Answer answer =
        send(authorized("/api/v1/procedures").header("X-Padding", "a".repeat(20 * 1024)).GET());

    assertThat(answer.status()).as(answer.text()).isIn(400, 431);
    assertProblem(answer, answer.status());
  }

  @Test
  void answersProblemJsonForOversizeUrl() throws Exception {
    Answer answer = send(authorized("/api/v1/dossiers/" + "a".repeat(20 * 1024)).GET());

    assertThat(answer.status()).as(answer.text()).isIn(400, 414, 431);
    assertProblem(answer, answer.status());
  }

  @Test
  void answersProblemJsonForErrorOutsideTheApi() throws Exception {
    Answer answer = send(authorized("/no-such-page").GET());

    assertProblem(answer, 404);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private record Answer(int status, Map<String, String> headers, byte[] bytes, JsonNode body) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    String detail() {
      return body.path("detail").asText();
    }
  }

  @FunctionalInterface
  private interface Call {
    Answer send() throws Exception;
  }

  /** The request is refused as expected, and the mother has no more dossiers than before. */
  private Answer refusedWithoutFiling(Call call, int status, String type) throws Exception {
    int before = dossiersOfMother();
    Answer answer = call.send();
    assertProblem(answer, status, type);
    assertThat(dossiersOfMother()).as("dossiers of " + MOTHER).isEqualTo(before);
    return answer;
  }

  private void assertProblem(Answer answer, int status, String type) {
    assertProblem(answer, status);
    assertThat(answer.body().path("type").asText())
        .as(answer.text())
        .isEqualTo("/problems/" + type);
  }

  private void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.headers().getOrDefault("content-type", ""))
        .as("Content-Type of " + answer.text())
        .startsWith(PROBLEM_JSON);
    assertThat(answer.body().path("status").asInt()).as(answer.text()).isEqualTo(status);
    assertThat(answer.body().path("type").asText()).as(answer.text()).startsWith("/problems/");
    assertThat(answer.detail()).as(answer.text()).isNotBlank();
  }

  private int dossiersOfMother() {
    return jdbc.queryForObject(
        "select count(*) from dossier where applicant_pin = ?", Integer.class, MOTHER);
  }

  private static String child(String dateOfBirth) {
    return "{\"fullName\":\"Lê Bé "
        + UUID.randomUUID().toString().substring(0, 8)
        + "\",\"gender\":\"FEMALE\",\"dateOfBirth\":\""
        + dateOfBirth
        + "\",\"placeOfBirth\":\"Bệnh viện Sản Nhi\"}";
  }

  /** A birth registration for {@link #MOTHER}; {@code moreData} is appended inside data. */
  private static String body(String child, String moreData) {
    return "{\"procedure\":\"birth-registration\",\"applicantPin\":\""
        + MOTHER
        + "\",\"data\":{\"child\":"
        + child
        + ",\"birthCertificateNo\":\""
        + CERTIFICATE
        + "\""
        + moreData
        + "}}";
  }

  private Answer fileJson(String body) throws Exception {
    return fileJson(utf8(body));
  }

  private Answer fileJson(byte[] body) throws Exception {
    return send(
        authorized("/api/v1/dossiers")
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofByteArray(body)));
  }

  private Answer multipart(String boundary, byte[] body) throws Exception {
    return send(
        authorized("/api/v1/dossiers/NOPE/documents")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder authorized(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", basic());
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private Answer send(HttpRequest.Builder request) throws Exception {
    var response = http.send(request.build(), BodyHandlers.ofByteArray());
    Map<String, String> headers = new LinkedHashMap<>();
    response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
    return answer(response.statusCode(), headers, response.body());
  }

  /** One request over a plain socket, read to the end (the request asks to close). */
  private Answer raw(byte[] request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] all = in.readAllBytes();
      String text = new String(all, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      String[] lines = text.substring(0, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
      byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = unchunk(body);
      }
      return answer(status, headers, body);
    }
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, at, "\r\n");
      int size =
          Integer.parseInt(
              new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(),
              16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private Answer answer(int status, Map<String, String> headers, byte[] bytes) {
    JsonNode body;
    try {
      body = bytes.length == 0 ? json.missingNode() : json.readTree(bytes);
    } catch (IOException notJson) {
      body = json.missingNode();
    }
    return new Answer(status, headers, bytes, body);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    throw new AssertionError("no " + b);
  }

  private static int indexOf(byte[] bytes, int from, String text) {
    byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = from; i <= bytes.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("no " + text);
  }
}
