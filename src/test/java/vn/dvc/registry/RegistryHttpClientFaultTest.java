package vn.dvc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.population.Pin;

/**
 * The registry HTTP client against a stub server that misbehaves on purpose: every failure mode a
 * real registry has becomes its own exception, reads are retried with back-off, writes are not, and
 * the circuit opens and recovers. Runs in milliseconds: back-off waits are recorded, not slept.
 */
class RegistryHttpClientFaultTest {

  record Citizen(Pin pin, String fullName) {}

  /** What the stub answers next, one behaviour per request. */
  private final ConcurrentLinkedQueue<Behaviour> script = new ConcurrentLinkedQueue<>();

  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> idempotencyKeys = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();
  private final List<Duration> pauses = new ArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private Instant now = Instant.parse("2026-11-23T03:00:00Z");
  private HttpServer server;

  @FunctionalInterface
  interface Behaviour {
    void answer(HttpExchange exchange) throws IOException;
  }

  @BeforeEach
  void startStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          synchronized (this) {
            idempotencyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          }
          Behaviour next = script.poll();
          (next == null ? status(500, "no behaviour scripted") : next).answer(exchange);
          exchange.close();
        });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stopStub() {
    release.countDown();
    server.stop(0);
  }

  private RegistryHttpClient client(int readAttempts, int failureThreshold) {
    RegistriesProperties.Endpoint endpoint =
        new RegistriesProperties.Endpoint(
            "population",
            "http://127.0.0.1:" + server.getAddress().getPort() + "/population",
            "registry-client",
            "secret",
            Duration.ofMillis(500),
            Duration.ofMillis(300),
            readAttempts,
            Duration.ofMillis(100),
            failureThreshold,
            Duration.ofSeconds(30),
            1);
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    InstantSource clock = () -> now;
    return new RegistryHttpClient(endpoint, text -> text, json, clock, pauses::add);
  }

  private static Behaviour json(int status, String body) {
    return exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
    };
  }

  private static Behaviour status(int status, String detail) {
    return json(status, "{\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
  }

  private Behaviour slow() {
    return exchange -> {
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
  }

  private static final String NAM = "{\"pin\":\"001062985408\",\"fullName\":\"Bùi Minh Nam\"}";

  @Test
  void readsARecordWithTheConfiguredCredentials() {
    script.add(json(200, NAM));
    assertThat(client(3, 5).find(Citizen.class, "/citizens/{pin}", "001062985408"))
        .hasValue(new Citizen(Pin.of("001062985408"), "Bùi Minh Nam"));
    assertThat(authorizations).containsExactly("Basic cmVnaXN0cnktY2xpZW50OnNlY3JldA==");
  }

  @Test
  void answersEmptyWhenTheRegistryHasNoSuchRecord() {
    script.add(status(404, "no such citizen"));
    assertThat(client(3, 5).find(Citizen.class, "/citizens/{pin}", "001062985408")).isEmpty();
    assertThat(requests).hasValue(1);
  }

  @Test
  void retriesAReadAfterAServerErrorWithGrowingPauses() {
    script.add(status(503, "maintenance"));
    script.add(status(502, "bad gateway"));
    script.add(json(200, NAM));
    assertThat(client(3, 5).find(Citizen.class, "/citizens/{pin}", "001062985408")).isPresent();
    assertThat(requests).hasValue(3);
    assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void givesUpAfterTheLastAttemptNamingTheRegistryAndStatus() {
    script.add(status(500, "boom"));
    script.add(status(500, "boom"));
    script.add(status(500, "database down"));
    assertThatThrownBy(() -> client(3, 5).find(Citizen.class, "/citizens/{pin}", "001062985408"))
        .isInstanceOf(RegistryServerErrorException.class)
        .hasMessageContaining("population registry")
        .hasMessageContaining("GET /citizens/{pin} answered 500: database down")
        // Identifiers stay out of messages, which end up in incidents and logs.
        .hasMessageNotContaining("001062985408");
  }

  @Test
  void mapsASlowAnswerToATimeoutAndRetriesIt() {
    script.add(slow());
    script.add(json(200, NAM));
    assertThat(client(2, 5).find(Citizen.class, "/citizens/{pin}", "001062985408")).isPresent();
    script.add(slow());
    script.add(slow());
    assertThatThrownBy(() -> client(2, 5).find(Citizen.class, "/citizens/{pin}", "001062985408"))
        .isInstanceOf(RegistryTimeoutException.class)
        .hasMessageContaining("no answer within 300 ms");
  }

  @Test
  void mapsAGarbageBodyToAMalformedResponseWithoutRetrying() {
    script.add(json(200, "<html>proxy error</html>"));
    assertThatThrownBy(() -> client(3, 5).find(Citizen.class, "/citizens/{pin}", "001062985408"))
        .isInstanceOf(RegistryMalformedResponseException.class)
        .hasMessageContaining("not the expected record");
    script.add(json(200, "{\"pin\":\"12\",\"fullName\":\"x\"}"));
    assertThatThrownBy(() -> client(3, 5).find(Citizen.class, "/citizens/{pin}", "001062985408"))
        .isInstanceOf(RegistryMalformedResponseException.class);
    assertThat(requests).hasValue(2);
  }

  @Test
  void mapsARefusalToARejectedRequestWithTheProblemDetail() {
    script.add(status(422, "unknown commune 99999"));
    assertThatThrownBy(
            () ->
                client(3, 5)
                    .write(
                        Citizen.class,
                        new IdempotencyKey("D-1:registerResidence"),
                        "/citizens/{pin}/permanent-residence",
                        Map.of("communeCode", "99999"),
                        "001062985408"))
        .isInstanceOf(RegistryRejectedRequestException.class)
        .hasMessageContaining("refused with 422: unknown commune 99999");
  }

  @Test
  void mapsAWriteToAMissingRecordToRecordNotFound() {
    script.add(status(404, "no such citizen"));
    assertThatThrownBy(
            () ->
                client(3, 5)
                    .write(
                        Citizen.class,
                        new IdempotencyKey("D-1:death"),
                        "/citizens/{pin}/death",
                        Map.of(),
                        "001062985408"))
        .isInstanceOf(RegistryRecordNotFoundException.class);
  }

  @Test
  void makesAWriteOnceWithItsIdempotencyKeyEvenWhenItFails() {
    script.add(status(503, "maintenance"));
    assertThatThrownBy(
            () ->
                client(3, 5)
                    .write(
                        Citizen.class,
                        new IdempotencyKey("D-1:newborn"),
                        "/newborns",
                        Map.of("fullName", "x")))
        .isInstanceOf(RegistryServerErrorException.class);
    assertThat(requests).hasValue(1);
    assertThat(idempotencyKeys).containsExactly("D-1:newborn");
  }

  @Test
  void mapsAClosedPortToUnavailable() {
    RegistryHttpClient client = client(1, 5);
    server.stop(0);
    assertThatThrownBy(() -> client.find(Citizen.class, "/citizens/{pin}", "001062985408"))
        .isInstanceOf(RegistryUnavailableException.class)
        .hasMessageContaining("population registry: unavailable");
  }

  @Test
  void opensTheCircuitAfterRepeatedFailuresAndClosesItAfterASuccessfulTrial() {
    RegistryHttpClient client = client(1, 3);
    for (int i = 0; i < 3; i++) {
      script.add(status(500, "down"));
      assertThatThrownBy(() -> client.find(Citizen.class, "/citizens/{pin}", "001062985408"))
          .isInstanceOf(RegistryServerErrorException.class);
    }
    assertThat(client.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThatThrownBy(() -> client.find(Citizen.class, "/citizens/{pin}", "001062985408"))
        .isInstanceOf(RegistryCircuitOpenException.class)
        .isInstanceOf(RegistryUnavailableException.class);
    assertThat(requests).as("an open circuit makes no call").hasValue(3);

    now = now.plusSeconds(31);
    script.add(json(200, NAM));
    assertThat(client.find(Citizen.class, "/citizens/{pin}", "001062985408")).isPresent();
    assertThat(client.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void reopensTheCircuitWhenTheTrialCallFails() {
    RegistryHttpClient client = client(1, 1);
    script.add(status(500, "down"));
    assertThatThrownBy(() -> client.find(Citizen.class, "/citizens/{pin}", "001062985408"))
        .isInstanceOf(RegistryServerErrorException.class);
    now = now.plusSeconds(31);
    script.add(status(500, "still down"));
    assertThatThrownBy(() -> client.find(Citizen.class, "/citizens/{pin}", "001062985408"))
        .isInstanceOf(RegistryServerErrorException.class);
    assertThat(client.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThatThrownBy(() -> client.find(Citizen.class, "/citizens/{pin}", "001062985408"))
        .isInstanceOf(RegistryCircuitOpenException.class);
  }

  @Test
  void readsAListAndTreatsNotFoundAsNone() {
    script.add(json(200, "[" + NAM + "]"));
    assertThat(client(3, 5).list(Citizen.class, "/households/{id}/members", "HK1")).hasSize(1);
    script.add(status(404, "no household"));
    assertThat(client(3, 5).list(Citizen.class, "/households/{id}/members", "HK2")).isEmpty();
  }
}
