package vn.dvc.procedure.trafficfinepayment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dvc.dossier.DossierApiClient;
import vn.dvc.dossier.DossierApiClient.Response;

/**
 * Two dossiers filed at the same moment for one penalty decision on a real PostgreSQL server
 * (embedded binaries, no Docker), where the insert that loses the race on the claim's key aborts
 * its transaction: one dossier is filed, the other refused with 409 naming it, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class TrafficFinePaymentOnPostgresIT {

  private static final EmbeddedPostgres PG = start();

  private static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (java.io.IOException e) {
                      // The JVM is exiting; the server's directory is temporary anyway.
                    }
                  }));
      return postgres;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot start the embedded PostgreSQL server", e);
    }
  }

  @LocalServerPort int port;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> PG.getJdbcUrl("postgres", "postgres"));
    properties.add("spring.datasource.username", () -> "postgres");
    properties.add("spring.datasource.password", () -> "");
    properties.add("camunda.bpm.admin-user.password", () -> "it-admin");
    properties.add("dvc.demo-accounts.enabled", () -> "true");
    properties.add("camunda.bpm.job-execution.enabled", () -> "false");
    // Outside the embedded demo the published callback secret stops the start.
    properties.add("dvc.payments.callback-secret", () -> "it-payment-callback-secret");
  }

  @Test
  void twoDossiersFiledAtTheSameMomentForOneDecisionFileOneAndRefuseTheOtherWith409()
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Response>> futures = new ArrayList<>();
    for (String payer : List.of("001030455036", "001196984744")) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return new DossierApiClient(port, json, "police.badinh", "demo")
                    .file(
                        "traffic-fine-payment",
                        payer,
                        json.createObjectNode().put("decisionNo", "5241/QĐ-XPHC"));
              }));
    }
    start.countDown();
    List<Response> responses = new ArrayList<>();
    try {
      for (Future<Response> future : futures) {
        responses.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(responses)
        .extracting(Response::status)
        .as(responses.stream().map(Response::text).toList().toString())
        .containsExactlyInAnyOrder(201, 409);
    String filed =
        responses.stream()
            .filter(r -> r.status() == 201)
            .findFirst()
            .orElseThrow()
            .body()
            .path("id")
            .asText();
    Response refused = responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    assertThat(refused.body().path("type").asText()).endsWith("fine-being-paid");
    assertThat(refused.body().path("dossierId").asText()).isEqualTo(filed);
  }
}
