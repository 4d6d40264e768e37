package vn.dvc.resilience;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What a citizens' portal and the officers do over HTTP: file birth registrations with an
 * Idempotency-Key each, resending the same request when the connection fails (as a portal does),
 * and review and sign dossiers over {@code /engine-rest}. Remembers every 201 answer.
 */
final class Portal {

  /** How long one request may be resent while the application is down or restarting. */
  private static final Duration RETRY_FOR = Duration.ofMinutes(4);

  /** Pause between resends of a failed request. */
  private static final Duration RETRY_EVERY = Duration.ofMillis(500);

  private final String scenario;
  private final IntFunction<AppProcess> nodeFor;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private final ObjectMapper json = new ObjectMapper();

  /** The dossier ids answered (201) per Idempotency-Key; more than one is a duplicate. */
  final Map<String, Set<String>> answered = new ConcurrentHashMap<>();

  /** The child's name per Idempotency-Key, to find the registries' records of each dossier. */
  final Map<String, String> childNames = new ConcurrentHashMap<>();

  final AtomicInteger resent = new AtomicInteger();
  final Set<String> resentKeys = ConcurrentHashMap.newKeySet();
  final AtomicInteger replayed = new AtomicInteger();
  final AtomicInteger unanswered = new AtomicInteger();
  final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
  private final AtomicInteger next = new AtomicInteger();

  /**
   * @param nodeFor the application node the n-th filing goes to
   */
  Portal(String scenario, IntFunction<AppProcess> nodeFor) {
    this.scenario = scenario;
    this.nodeFor = nodeFor;
  }

  int filed() {
    return answered.size();
  }

  /** Files until {@code total} filings have been made, with {@code clients} concurrent clients. */
  CompletableFuture<Void> fileAsync(int total, int clients) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CompletableFuture<?>[] workers =
        IntStream.range(0, clients)
            .mapToObj(
                c ->
                    CompletableFuture.runAsync(
                        () -> {
                          for (int n = next.getAndIncrement();
                              n < total;
                              n = next.getAndIncrement()) {
                            fileWithRetries(n);
                          }
                        },
                        pool))
            .toArray(CompletableFuture[]::new);
    return CompletableFuture.allOf(workers).whenComplete((done, failure) -> pool.shutdown());
  }

  private void fileWithRetries(int n) {
    String key = "rs-" + scenario + "-" + n;
    String child = "Resilience " + scenario + " " + n;
    childNames.put(key, child);
    AtomicInteger attempts = new AtomicInteger();
    try {
      await()
          .atMost(RETRY_FOR)
          .pollDelay(Duration.ZERO)
          .pollInterval(RETRY_EVERY)
          .until(
              () -> {
                if (attempts.getAndIncrement() > 0) {
                  resent.incrementAndGet();
                  resentKeys.add(key);
                }
                return fileOnce(n, key, child);
              });
    } catch (ConditionTimeoutException e) {
      unanswered.incrementAndGet();
    }
  }

  /** True when the filing has its final answer (201 or a refusal), false to send it again. */
  private boolean fileOnce(int n, String key, String child) {
    // The README's example: the certificate and the parents' marriage are on record, so the
    // dossier goes straight to review; each dossier's child has its own name.
    String body =
        """
        {"procedure": "birth-registration", "applicantPin": "025194448522",
         "data": {"child": {"fullName": "%s", "gender": "MALE",
                            "dateOfBirth": "2026-09-05", "placeOfBirth": "Hà Nội"},
                  "birthCertificateNo": "CS-2026-000014", "otherParentPin": "001090263618"}}
        """
            .formatted(child);
    try {
      HttpResponse<String> response =
          http.send(
              request(nodeFor.apply(n), "officer.badinh", "demo", "/api/v1/dossiers")
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", key)
                  .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 201) {
        String id = json.readTree(response.body()).path("id").asText();
        answered.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
        if (response.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")) {
          replayed.incrementAndGet();
        }
        return true;
      }
      if (status >= 500 || status == 409 || status == 429) {
        return false;
      }
      refusals.add(key + ": " + status + " " + response.body());
      return true;
    } catch (IOException e) {
      // Connection refused or reset: the node is down or restarting; the portal tries again.
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /**
   * The officer approves and the chair signs the dossier, each step resent while the application or
   * a registry it calls is failing. Returns the number of resends.
   */
  int approveAndSign(AppProcess node, String dossierId) {
    int resends = 0;
    resends +=
        completeTask(
            node, "officer.badinh", dossierId, "Task_ReviewDossier", "reviewDecision", "APPROVE");
    resends +=
        completeTask(
            node, "chair.badinh", dossierId, "Task_SignBirthRegistration", "signDecision", "SIGN");
    return resends;
  }

  private int completeTask(
      AppProcess node,
      String user,
      String dossierId,
      String taskKey,
      String variable,
      String value) {
    AtomicInteger attempts = new AtomicInteger();
    await()
        .atMost(RETRY_FOR)
        .pollDelay(Duration.ZERO)
        .pollInterval(RETRY_EVERY)
        .until(
            () -> {
              attempts.incrementAndGet();
              Optional<String> task = task(node, user, dossierId, taskKey);
              if (task.isEmpty()) {
                return false;
              }
              String body =
                  "{\"variables\": {\"" + variable + "\": {\"value\": \"" + value + "\"}}}";
              HttpResponse<String> response =
                  send(
                      request(node, user, "demo", "/engine-rest/task/" + task.get() + "/complete")
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build());
              return response != null && response.statusCode() == 204;
            });
    return attempts.get() - 1;
  }

  private Optional<String> task(AppProcess node, String user, String dossierId, String taskKey) {
    HttpResponse<String> response =
        send(
            request(
                    node,
                    user,
                    "demo",
                    "/engine-rest/task?processInstanceBusinessKey="
                        + dossierId
                        + "&taskDefinitionKey="
                        + taskKey)
                .GET()
                .build());
    if (response == null || response.statusCode() != 200) {
      return Optional.empty();
    }
    try {
      JsonNode tasks = json.readTree(response.body());
      return tasks.isEmpty() ? Optional.empty() : Optional.of(tasks.get(0).path("id").asText());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Count from the engine's REST API, as the administrator; empty while the node is down. */
  Optional<Long> count(AppProcess node, String user, String password, String path) {
    HttpResponse<String> response = send(request(node, user, password, path).GET().build());
    if (response == null || response.statusCode() != 200) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readTree(response.body()).path("count").asLong());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static HttpRequest.Builder request(
      AppProcess node, String user, String password, String path) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    URI uri = node.uri(path);
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + credentials);
  }
}
