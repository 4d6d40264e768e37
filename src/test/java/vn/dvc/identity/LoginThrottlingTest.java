package vn.dvc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.DvcSpringBootTest;

/**
 * Wrong passwords slow down the source that sends them, for the account it tries, and nobody else:
 * no anonymous caller can lock an account (finding 2 of issue 14).
 */
@DvcSpringBootTest
class LoginThrottlingTest {

  private static final String PASSWORD = "throttle-test";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void throttlesRepeatedFailuresFromOneSource() throws Exception {
    String user = user("throttle.basic");
    for (int i = 0; i < 5; i++) {
      assertThat(api(user, "wrong").statusCode()).as("failure %d", i + 1).isEqualTo(401);
    }
    HttpResponse<String> throttled = api(user, "wrong");
    assertThat(throttled.statusCode()).as(throttled.body()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(throttled.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    JsonNode problem = json.readTree(throttled.body());
    assertThat(problem.path("status").asInt()).isEqualTo(429);
    assertThat(problem.path("type").asText()).endsWith("too-many-login-attempts");
    // Even the right password waits: this source has guessed too often for this account.
    assertThat(api(user, PASSWORD).statusCode()).isEqualTo(429);
  }

  @Test
  void successResetsTheThrottle() throws Exception {
    String user = user("throttle.reset");
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 4; i++) {
        assertThat(api(user, "wrong").statusCode()).isEqualTo(401);
      }
      assertThat(api(user, PASSWORD).statusCode()).as("round %d", round + 1).isEqualTo(200);
    }
    assertThat(api(user, "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void elevenWrongPasswordsDoNotLockTheAccount() throws Exception {
    String user = user("throttle.eleven");
    // What every password check (HTTP Basic, the webapps' login) asks the engine.
    for (int i = 0; i < 11; i++) {
      assertThat(identity.checkPassword(user, "wrong")).isFalse();
    }
    assertThat(identity.checkPassword(user, PASSWORD)).isTrue();
    assertThat(api(user, PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void wrongPasswordsFromOneSourceDoNotLockTheAccountForAnother() throws Exception {
    String user = user("throttle.twosources");
    for (int i = 0; i < 8; i++) {
      assertThat(api(user, "wrong").statusCode()).isIn(401, 429);
    }
    assertThat(api(user, PASSWORD).statusCode()).isEqualTo(429);
    // The same machine's other loopback address is another source to the server.
    assertThat(fromOtherSource(user, PASSWORD)).isEqualTo(200);
  }

  @Test
  void throttlesTheWebappLoginToo() throws Exception {
    String user = user("throttle.webapp");
    assertThat(webappLogin(user, "wrong").statusCode()).isEqualTo(401);
    // No engine delay after a wrong password: the right one gets in at once.
    assertThat(webappLogin(user, PASSWORD).statusCode()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertThat(webappLogin(user, "wrong").statusCode()).as("failure %d", i + 1).isEqualTo(401);
    }
    HttpResponse<String> throttled = webappLogin(user, PASSWORD);
    assertThat(throttled.statusCode()).as(throttled.body()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    assertThat(throttled.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    // The password check behind it is the same one HTTP Basic uses: that source waits there too.
    assertThat(api(user, PASSWORD).statusCode()).isEqualTo(429);
  }

  private String user(String id) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setPassword(PASSWORD);
      user.setFirstName("Throttle");
      user.setLastName(id);
      identity.saveUser(user);
      identity.createMembership(id, "commune-01100-civil-status");
    }
    return id;
  }

  private HttpResponse<String> api(String user, String password) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/procedures"))
            .header("Authorization", basic(user, password))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** As the login page does: a session and its CSRF token first, then the form. */
  private HttpResponse<String> webappLogin(String user, String password) throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<Void> page =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/camunda/app/tasklist/"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding());
    String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    return browser.send(
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + port
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", csrf)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The status of a Basic-authenticated GET sent from 127.0.0.2: Java's HTTP client cannot choose
   * its local address, so this one speaks HTTP/1.1 over a socket bound to it.
   */
  private int fromOtherSource(String user, String password) throws IOException {
    try (Socket socket = new Socket()) {
      try {
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
      } catch (IOException unavailable) {
        assumeThat(unavailable).as("this system has no loopback address 127.0.0.2").isNull();
      }
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
      socket.setSoTimeout(10000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /api/v1/procedures HTTP/1.1\r\nHost: localhost:"
                  + port
                  + "\r\nAuthorization: "
                  + basic(user, password)
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(statusLine.substring(9, 12));
    }
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
