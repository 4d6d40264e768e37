package vn.dvc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * The Dossier API over real HTTP as one signed-in user, for the procedures' API scenarios: files a
 * dossier of a procedure and reads answers as the portal would.
 */
public final class DossierApiClient {

  public record Response(int status, HttpResponse<byte[]> raw, JsonNode body) {
    public String text() {
      return new String(raw.body(), StandardCharsets.UTF_8);
    }

    public String contentType() {
      return raw.headers().firstValue("Content-Type").orElse("");
    }

    public String contentLanguage() {
      return raw.headers().firstValue("Content-Language").orElse("");
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final ObjectMapper json;
  private final String credentials;
  private final String language;

  /**
   * A client that asks for English ({@code Accept-Language: en}): the procedures' scenarios assert
   * the English texts. {@link #inLanguage} asks for another language, or none.
   */
  public DossierApiClient(int port, ObjectMapper json, String user, String password) {
    this(
        port,
        json,
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
        "en",
        true);
  }

  private DossierApiClient(
      int port, ObjectMapper json, String credentials, String language, boolean unused) {
    this.port = port;
    this.json = json;
    this.credentials = credentials;
    this.language = language;
  }

  /** The same user asking for {@code acceptLanguage} (no Accept-Language header when null). */
  public DossierApiClient inLanguage(String acceptLanguage) {
    return new DossierApiClient(port, json, credentials, acceptLanguage, true);
  }

  public Response file(String procedure, String applicantPin, ObjectNode data) throws Exception {
    return file(procedure, applicantPin, data, null);
  }

  /** Files with an {@code Idempotency-Key} (none when null). */
  public Response file(String procedure, String applicantPin, ObjectNode data, String key)
      throws Exception {
    ObjectNode request =
        json.createObjectNode().put("procedure", procedure).put("applicantPin", applicantPin);
    request.set("data", data);
    HttpRequest.Builder post =
        authorized("/api/v1/dossiers")
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json.writeValueAsString(request)));
    if (key != null) {
      post.header("Idempotency-Key", key);
    }
    return send(post);
  }

  /**
   * Supplies a document as the portal's multipart form does. The file name goes into the part's
   * header as given, byte for byte, so that tests can send names a browser would not.
   */
  public Response upload(
      String dossierId, String type, String fileName, String contentType, byte[] content)
      throws Exception {
    String boundary = "dvc-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n"
                + type
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        authorized("/api/v1/dossiers/" + dossierId + "/documents")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public Response get(String path) throws Exception {
    return send(authorized(path).GET());
  }

  /** A POST without a body, for the APIs that act on the address alone. */
  public Response post(String path) throws Exception {
    return send(authorized(path).POST(BodyPublishers.noBody()));
  }

  private HttpRequest.Builder authorized(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Basic " + credentials);
    return language == null ? request : request.header("Accept-Language", language);
  }

  private Response send(HttpRequest.Builder request) throws Exception {
    HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
    JsonNode body =
        response.body().length == 0 ? json.missingNode() : json.readTree(response.body());
    return new Response(response.statusCode(), response, body);
  }
}
