package vn.dvc.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.InstantSource;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One client, hence one circuit breaker, per registry, made on first use from the settings. */
@Component
@EnableConfigurationProperties(RegistriesProperties.class)
public class RegistryHttpClients {

  private static final InstantSource ENGINE_CLOCK = () -> ClockUtil.getCurrentTime().toInstant();

  private final RegistriesProperties properties;
  private final ObjectMapper json;
  private final Environment environment;
  private final ConcurrentMap<String, RegistryHttpClient> clients = new ConcurrentHashMap<>();

  RegistryHttpClients(RegistriesProperties properties, ObjectMapper json, Environment environment) {
    this.properties = properties;
    this.json = json;
    this.environment = environment;
  }

  public RegistryHttpClient client(String registry) {
    return clients.computeIfAbsent(
        registry,
        name ->
            new RegistryHttpClient(
                properties.endpoint(name),
                environment::resolveRequiredPlaceholders,
                json,
                // The engine's clock, not the system's: a job refused by an open circuit is
                // rescheduled to the circuit's next trial, and the engine compares that due date
                // with its own clock (which tests move).
                ENGINE_CLOCK,
                duration -> Thread.sleep(duration.toMillis())));
  }

  /** The state of each circuit of the clients made so far, by registry. */
  public Map<String, CircuitBreaker.State> circuits() {
    Map<String, CircuitBreaker.State> states = new TreeMap<>();
    clients.forEach((name, client) -> states.put(name, client.circuit()));
    return states;
  }
}
