package vn.dvc.registry;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The HTTP side of one registry: JSON over HTTP with the endpoint's credentials and timeouts, reads
 * retried with exponential back-off, every call behind the registry's circuit breaker, and each
 * kind of failure mapped to its own exception. A missing record (404 on a read) is an empty answer.
 * Messages name the path template, never the identifiers in it: they end up in incidents and logs.
 */
public final class RegistryHttpClient {

  private static final Logger log = LoggerFactory.getLogger(RegistryHttpClient.class);
  private static final int MAX_DETAIL = 300;

  /** Waits between attempts; tests replace it to keep back-off without real waiting. */
  @FunctionalInterface
  public interface Pause {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final RegistriesProperties.Endpoint endpoint;
  private final UnaryOperator<String> resolvePlaceholders;
  private final ObjectMapper json;
  private final CircuitBreaker breaker;
  private final Pause pause;
  private final HttpClient http;
  private volatile String baseUrl;

  public RegistryHttpClient(
      RegistriesProperties.Endpoint endpoint,
      UnaryOperator<String> resolvePlaceholders,
      ObjectMapper json,
      InstantSource clock,
      Pause pause) {
    this.endpoint = endpoint;
    this.resolvePlaceholders = resolvePlaceholders;
    this.json = json;
    this.pause = pause;
    this.breaker =
        new CircuitBreaker(
            endpoint.registry(),
            endpoint.failureThreshold(),
            endpoint.openFor(),
            endpoint.halfOpenTrials(),
            // a trial has its answer, or its timeout, by then
            endpoint.connectTimeout().plus(endpoint.readTimeout()),
            clock);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(endpoint.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public String registry() {
    return endpoint.registry();
  }

  public CircuitBreaker.State circuit() {
    return breaker.state();
  }

  /** GET one record; empty when the registry answers 404. */
  public <T> Optional<T> find(Class<T> type, String path, Object... variables) {
    return read(path, variables, json.constructType(type));
  }

  /** GET a list of records; a registry answering 404 holds none. */
  public <T> List<T> list(Class<T> type, String path, Object... variables) {
    JavaType listType = json.getTypeFactory().constructCollectionType(List.class, type);
    Optional<List<T>> records = read(path, variables, listType);
    return records.orElse(List.of());
  }

  /**
   * POST a write, once: the job that makes it is retried by the engine, and the idempotency key
   * lets the registry answer a repeat with the record it created the first time.
   */
  public <T> T write(
      Class<T> type, IdempotencyKey key, String path, Object body, Object... variables) {
    String operation = "POST " + path;
    URI uri = uri(path, variables);
    byte[] payload;
    try {
      payload = json.writeValueAsBytes(body);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("Cannot write the request of " + operation, e);
    }
    HttpRequest request =
        request(uri)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key.value())
            .POST(HttpRequest.BodyPublishers.ofByteArray(payload))
            .build();
    HttpResponse<byte[]> response = call(operation, request);
    if (response.statusCode() == 404) {
      throw new RegistryRecordNotFoundException(
          registry(), operation + " answered 404: " + detailOf(response));
    }
    if (type == Void.class) {
      return null;
    }
    return parse(operation, response, json.constructType(type));
  }

  private <T> Optional<T> read(String path, Object[] variables, JavaType type) {
    String operation = "GET " + path;
    URI uri = uri(path, variables);
    HttpRequest request = request(uri).GET().build();
    RegistryUnavailableException last = null;
    for (int attempt = 1; attempt <= endpoint.readAttempts(); attempt++) {
      if (attempt > 1) {
        backOff(attempt, operation, last);
      }
      try {
        HttpResponse<byte[]> response = call(operation, request);
        if (response.statusCode() == 404) {
          return Optional.empty();
        }
        return Optional.of(parse(operation, response, type));
      } catch (RegistryCircuitOpenException e) {
        throw e;
      } catch (RegistryUnavailableException e) {
        last = e;
        log.warn("Attempt {} of {} failed: {}", attempt, endpoint.readAttempts(), e.getMessage());
      }
    }
    throw last;
  }

  private void backOff(int attempt, String operation, RegistryUnavailableException last) {
    Duration wait = endpoint.retryBackoff().multipliedBy(1L << Math.min(attempt - 2, 10));
    try {
      pause.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistryUnavailableException(
          registry(), operation + " interrupted while waiting to retry", last);
    }
  }

  /** Makes the call behind the breaker; 2xx and 404 come back, every other status throws. */
  private HttpResponse<byte[]> call(String operation, HttpRequest request) {
    breaker.beforeCall();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      breaker.onFailure();
      throw new RegistryTimeoutException(
          registry(),
          operation + " could not connect within " + endpoint.connectTimeout().toMillis() + " ms",
          e);
    } catch (HttpTimeoutException e) {
      breaker.onFailure();
      throw new RegistryTimeoutException(
          registry(),
          operation + " got no answer within " + endpoint.readTimeout().toMillis() + " ms",
          e);
    } catch (ConnectException e) {
      breaker.onFailure();
      throw new RegistryUnavailableException(
          registry(), operation + " cannot connect to " + request.uri().getAuthority(), e);
    } catch (IOException e) {
      breaker.onFailure();
      throw new RegistryUnavailableException(
          registry(), operation + " failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      breaker.onAbandoned();
      Thread.currentThread().interrupt();
      throw new RegistryUnavailableException(registry(), operation + " interrupted", e);
    }
    int status = response.statusCode();
    if (status >= 500 || status == 429) {
      breaker.onFailure();
      throw new RegistryServerErrorException(
          registry(), status, operation + " answered " + status + ": " + detailOf(response));
    }
    breaker.onSuccess();
    if (status >= 400 && status != 404) {
      throw new RegistryRejectedRequestException(
          registry(),
          status,
          operation + " was refused with " + status + ": " + detailOf(response));
    }
    if (status >= 300 && status < 400) {
      throw new RegistryRejectedRequestException(
          registry(), status, operation + " was redirected (" + status + "), check the base URL");
    }
    return response;
  }

  private <T> T parse(String operation, HttpResponse<byte[]> response, JavaType type) {
    try {
      T value = json.readValue(response.body(), type);
      if (value == null) {
        throw new RegistryMalformedResponseException(
            registry(), operation + " answered an empty body", null);
      }
      return value;
    } catch (IOException e) {
      breaker.onFailure();
      throw new RegistryMalformedResponseException(
          registry(),
          operation + " answered a body that is not the expected record: " + firstLine(e),
          e);
    }
  }

  /** The problem detail of an error answer, or the start of its body. */
  private String detailOf(HttpResponse<byte[]> response) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    try {
      JsonNode problem = json.readTree(body);
      if (problem != null && problem.hasNonNull("detail")) {
        return truncate(problem.get("detail").asText());
      }
    } catch (IOException notJson) {
      // fall through to the raw body
    }
    return body.isBlank() ? "(no body)" : truncate(body.strip());
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return truncate(newline < 0 ? message : message.substring(0, newline));
  }

  private static String truncate(String text) {
    return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
  }

  private HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(endpoint.readTimeout())
            .header("Accept", "application/json");
    if (endpoint.username() != null && !endpoint.username().isBlank()) {
      String credentials = endpoint.username() + ":" + String.valueOf(endpoint.password());
      builder.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private URI uri(String path, Object[] variables) {
    String base = baseUrl;
    if (base == null) {
      base = resolvePlaceholders.apply(endpoint.baseUrl());
      baseUrl = base;
    }
    return UriComponentsBuilder.fromUriString(base + path)
        .encode()
        .buildAndExpand(variables)
        .toUri();
  }
}
