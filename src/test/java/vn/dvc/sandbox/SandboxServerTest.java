package vn.dvc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;
import vn.dvc.DvcSpringBootTest;

/** The sandbox server: its door, its OpenAPI descriptions and its simulated bad days. */
@DvcSpringBootTest
class SandboxServerTest {

  @Autowired TestRestTemplate http;
  @Autowired SandboxServerFaults faults;
  @Autowired SandboxServerProperties server;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @AfterEach
  void backToNormal() {
    faults.reset();
  }

  @Test
  void everySandboxEndpointIsDescribedInItsRegistrysOpenApiAndNothingElse() throws IOException {
    Map<String, Set<String>> served = new TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
        mappings.getHandlerMethods().entrySet()) {
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (!pattern.startsWith("/sandbox/") || pattern.endsWith("/openapi.yaml")) {
          continue;
        }
        String registry = pattern.split("/")[2];
        String path = pattern.substring(("/sandbox/" + registry).length());
        mapping
            .getKey()
            .getMethodsCondition()
            .getMethods()
            .forEach(
                method ->
                    served
                        .computeIfAbsent(registry, r -> new TreeSet<>())
                        .add(method.name() + " " + path));
      }
    }
    assertThat(served).containsKeys("population", "civil-status", "health-facilities", "land");
    for (Map.Entry<String, Set<String>> registry : served.entrySet()) {
      assertThat(described(registry.getKey()))
          .as("sandbox-openapi/%s.yaml", registry.getKey())
          .isEqualTo(registry.getValue());
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> described(String registry) throws IOException {
    ClassPathResource file = new ClassPathResource("sandbox-openapi/" + registry + ".yaml");
    assertThat(file.exists()).as("sandbox-openapi/%s.yaml exists", registry).isTrue();
    try (InputStream in = file.getInputStream()) {
      Map<String, Object> api = new Yaml().load(in);
      assertThat(api).containsKey("openapi");
      Set<String> operations = new TreeSet<>();
      ((Map<String, Map<String, Object>>) api.get("paths"))
          .forEach(
              (path, methods) ->
                  methods
                      .keySet()
                      .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
      return operations;
    }
  }

  @Test
  void servesTheOpenApiDescriptionWithoutCredentials() {
    ResponseEntity<String> api = http.getForEntity("/sandbox/land/openapi.yaml", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.getBody()).contains("openapi: 3.0.3", "/parcels");
    assertThat(http.getForEntity("/sandbox/nothing/openapi.yaml", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void refusesCallersWithoutTheRegistryClientsCredentials() {
    String citizen = "/sandbox/population/citizens/001062985408";
    assertThat(http.getForEntity(citizen, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // An engine user (even the administrator) is not a registry client.
    assertThat(
            http.withBasicAuth("demo", "demo").getForEntity(citizen, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth(server.username(), server.password())
                .getForEntity(citizen, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void sandboxWritesRefuseTheWellKnownPassword() {
    // The README's old default: anyone holding it could mark a citizen deceased.
    ResponseEntity<String> answer =
        http.withBasicAuth("registry-client", "sandbox")
            .postForEntity("/sandbox/social-insurance/pensioners", Map.of(), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void answersAnInvalidPinWithAProblemNotAnError() {
    ResponseEntity<String> answer =
        http.withBasicAuth(server.username(), server.password())
            .getForEntity("/sandbox/population/citizens/12345", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("exactly 12 digits");
  }

  @Test
  void simulatesAnOutageWhenAskedTo() {
    faults.simulate(Duration.ZERO, 1.0);
    ResponseEntity<String> answer =
        http.withBasicAuth(server.username(), server.password())
            .getForEntity("/sandbox/population/citizens/001062985408", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getBody()).contains("Simulated outage");
  }
}
