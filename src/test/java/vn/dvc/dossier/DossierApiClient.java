package vn.dvc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

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
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final ObjectMapper json;
  private final String credentials;

  public DossierApiClient(int port, ObjectMapper json, String user, String password) {
    this.port = port;
    this.json = json;
    this.credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public Response file(String procedure, String applicantPin, ObjectNode data) throws Exception {
    ObjectNode request =
        json.createObjectNode().put("procedure", procedure).put("applicantPin", applicantPin);
    request.set("data", data);
    return send(
        authorized("/api/v1/dossiers")
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(json.writeValueAsString(request))));
  }

  public Response get(String path) throws Exception {
    return send(authorized(path).GET());
  }

  private HttpRequest.Builder authorized(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + credentials);
  }

  private Response send(HttpRequest.Builder request) throws Exception {
    HttpResponse<byte[]> response = http.send(request.build(), BodyHandlers.ofByteArray());
    JsonNode body =
        response.body().length == 0 ? json.missingNode() : json.readTree(response.body());
    return new Response(response.statusCode(), response, body);
  }
}
