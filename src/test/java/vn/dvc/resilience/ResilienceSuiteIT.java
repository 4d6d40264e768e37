package vn.dvc.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dvc.resilience.Census.Database;

/**
 * The resilience suite ({@code ./mvnw -Presilience verify}): the packaged application as separate
 * processes on loopback, killed with SIGKILL under load, started twice at once on one fresh
 * database, and cut off from its registries while writing back. Each scenario prints its figures
 * before it asserts that nothing was lost, duplicated or left stuck.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceSuiteIT {

  /** Filings per kill -9 scenario, and the answered filing after which the node is killed. */
  private static final int FILINGS = Integer.getInteger("resilience.filings", 200);

  private static final int KILL_AFTER = FILINGS / 2;
  private static final int CLIENTS = 6;

  private static final int TWO_NODE_FILINGS =
      Integer.getInteger("resilience.two-node-filings", 160);

  /** Dossiers driven to their write-backs while the registries are killed. */
  private static final int OUTAGE_DOSSIERS = Integer.getInteger("resilience.outage-dossiers", 60);

  private static final int KILL_REGISTRIES_AFTER_SIGNED = OUTAGE_DOSSIERS / 3;

  private static final Duration START = Duration.ofMinutes(3);
  private static final Duration LOAD = Duration.ofMinutes(6);

  /**
   * How long the job executor gets to finish after the load; a job still locked then is counted.
   */
  private static final Duration SETTLE = Duration.ofSeconds(60);

  /** How long the write-backs of the two nodes get to run. */
  private static final Duration WRITE_BACKS = Duration.ofMinutes(4);

  /** How long the write-backs get to recover after the registries are back. */
  private static final Duration RECOVERY = Duration.ofMinutes(5);

  /** Why a node failed to start, most telling first: a race on a unique key, an engine error. */
  private static final List<Pattern> START_FAILURE =
      List.of(
          Pattern.compile("duplicate key value violates unique constraint \"[^\"]+\""),
          Pattern.compile("ENGINE-03017[^\\n]{0,160}"),
          Pattern.compile("ERROR[^\\n]{0,200}"));

  private static final String ADMIN_PASSWORD = "resilience-admin";

  private static EmbeddedPostgres postgres;
  private static Path work;
  private static final List<Figures> RESULTS = new ArrayList<>();

  @BeforeAll
  static void startPostgres() throws Exception {
    Files.createDirectories(AppProcess.LOGS);
    ProcessBuilder.Redirect log =
        ProcessBuilder.Redirect.appendTo(AppProcess.LOGS.resolve("postgres.log").toFile());
    postgres = EmbeddedPostgres.builder().setOutputRedirector(log).setErrorRedirector(log).start();
    work = Files.createTempDirectory("dvc-resilience");
  }

  @AfterAll
  static void printSummaryAndStopPostgres() throws Exception {
    System.out.println("\n==== resilience summary");
    RESULTS.forEach(figures -> System.out.println(figures.summary()));
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void killNineDuringLoadOnPostgresLosesNothing() throws Exception {
    Database db = database("pg_kill");
    try (AppProcess app = onPostgres("pg-kill", db, Map.of())) {
      Figures figures = killDuringLoad("pg-kill", app, db, db, "admin", ADMIN_PASSWORD);
      report(figures, app);
    }
  }

  @Test
  @Order(2)
  void killNineDuringLoadOnTheEmbeddedDefaultLosesNothing() throws Exception {
    Path data = Files.createDirectories(work.resolve("h2-kill"));
    Database db = new Database("jdbc:h2:file:" + data.resolve("dvc"), "sa", "");
    try (AppProcess app =
        new AppProcess(
            "h2-kill", AppProcess.freePort(), Map.of("DVC_DATA_DIR", data.toString()), List.of())) {
      // The H2 file is the application's while it runs: it is counted after a clean stop.
      Figures figures = killDuringLoad("h2-kill", app, db, db, "demo", "demo");
      report(figures, app);
    }
  }

  @Test
  @Order(3)
  void twoNodesStartedAtOnceShareTheLoad() throws Exception {
    Database db = database("two_nodes");
    try (AppProcess first = onPostgres("two-nodes-a", db, Map.of());
        AppProcess second = onPostgres("two-nodes-b", db, Map.of())) {
      try {
        first.start();
        second.start();
        boolean firstUp = first.awaitHealthy(START);
        boolean secondUp = second.awaitHealthy(START);
        Map<String, Object> startUp = new LinkedHashMap<>();
        startUp.put("nodes up after starting both at once", (firstUp ? 1 : 0) + (secondUp ? 1 : 0));
        for (AppProcess node : List.of(first, second)) {
          if (!node.alive()) {
            startUp.put(
                node.name() + " failed to start",
                node.firstInLog(START_FAILURE).orElse("see " + AppProcess.LOGS));
            System.out.println(node.tail(40));
            // Started again alone (the schema exists by now), so that the load still has two.
            node.startAndAwait(START);
          }
        }
        AppProcess[] nodes = {first, second};
        Portal portal = new Portal("two-nodes", n -> nodes[n % 2]);
        portal.fileAsync(TWO_NODE_FILINGS, CLIENTS).get(LOAD.toSeconds(), TimeUnit.SECONDS);
        int signed = approveAndSignAll(portal, nodes, null, 0);
        Duration waited = awaitCompleted(db, "two-nodes", signed, WRITE_BACKS);
        first.stop();
        second.stop();
        Figures figures = Census.count("two-nodes", portal, db, db);
        for (Map.Entry<String, Object> entry : startUp.entrySet()) {
          figures = figures.with(entry.getKey(), entry.getValue());
        }
        figures =
            figures
                .with("approved and signed", signed)
                .with("write-backs waited", Figures.within(waited, WRITE_BACKS));
        report(figures, first, second);
        assertThat(firstUp && secondUp)
            .as("both nodes started when started at once: %s", startUp)
            .isTrue();
      } catch (Throwable failure) {
        System.out.println(first.tail(80));
        System.out.println(second.tail(80));
        throw failure;
      }
    }
  }

  @Test
  @Order(4)
  void registryOutageDuringWriteBacksRecovers() throws Exception {
    Database db = database("registry_outage");
    Path sandboxData = Files.createDirectories(work.resolve("sandbox-server"));
    Database registries = new Database("jdbc:h2:file:" + sandboxData.resolve("dvc"), "sa", "");
    int sandboxPort = AppProcess.freePort();
    try (AppProcess sandbox =
            new AppProcess(
                "sandbox-server",
                sandboxPort,
                Map.of(
                    "DVC_DATA_DIR", sandboxData.toString(), "REGISTRY_PASSWORD", REGISTRY_PASSWORD),
                List.of("--spring.profiles.active=sandbox-server"));
        AppProcess app =
            onPostgres(
                "registry-outage",
                db,
                Map.of(
                    "REGISTRIES_URL",
                    "http://localhost:" + sandboxPort + "/sandbox",
                    "REGISTRY_PASSWORD",
                    REGISTRY_PASSWORD),
                "postgres,registries-http")) {
      try {
        sandbox.startAndAwait(START);
        app.startAndAwait(START);
        Portal portal = new Portal("registry-outage", n -> app);
        portal.fileAsync(OUTAGE_DOSSIERS, 4).get(LOAD.toSeconds(), TimeUnit.SECONDS);
        Instant signing = Instant.now();
        int signed =
            approveAndSignAll(
                portal,
                new AppProcess[] {app},
                () -> {
                  // SIGKILL while write-backs are under way: some answers are lost after the
                  // registry may have written. The outage lasts as long as its restart.
                  sandbox.kill9();
                  sandbox.startAndAwait(START);
                },
                KILL_REGISTRIES_AFTER_SIGNED);
        Duration waited = awaitCompleted(db, "registry-outage", signed, RECOVERY);
        app.stop();
        sandbox.stop();
        Figures figures =
            Census.count("registry-outage", portal, db, registries)
                .with("approved and signed", signed)
                .with(
                    "recovery waited (after the last signature)", Figures.within(waited, RECOVERY))
                .with(
                    "from the first signature to the end",
                    Figures.seconds(Duration.between(signing, Instant.now())));
        report(figures, app, sandbox);
      } catch (Throwable failure) {
        System.out.println(sandbox.tail(80));
        System.out.println(app.tail(80));
        throw failure;
      }
    }
  }

  /**
   * Files with concurrent clients, kills the node with SIGKILL after {@link #KILL_AFTER} answers,
   * starts it again on the same port while the clients resend their failed requests with the same
   * Idempotency-Key, files the rest, lets the job executor work, stops the node and counts.
   */
  private Figures killDuringLoad(
      String scenario,
      AppProcess app,
      Database db,
      Database registries,
      String admin,
      String password)
      throws Exception {
    try {
      app.startAndAwait(START);
      Portal portal = new Portal(scenario, n -> app);
      CompletableFuture<Void> load = portal.fileAsync(FILINGS, CLIENTS);
      await().atMost(LOAD).until(() -> portal.filed() >= KILL_AFTER || load.isDone());
      int beforeKill = portal.filed();
      app.kill9();
      Instant killed = Instant.now();
      app.startAndAwait(START);
      Duration restart = Duration.between(killed, Instant.now());
      load.get(LOAD.toSeconds(), TimeUnit.SECONDS);
      Duration settled =
          waitFor(
              SETTLE,
              () ->
                  portal
                          .count(
                              app,
                              admin,
                              password,
                              "/engine-rest/job/count?executable=true&messages=true")
                          .orElse(1L)
                      == 0);
      app.stop();
      return Census.count(scenario, portal, db, registries)
          .with("answered before the kill", beforeKill)
          .with("kill -9 to healthy again", Figures.seconds(restart))
          .with(
              "job executor settled in",
              settled == null ? "not within " + Figures.seconds(SETTLE) : Figures.seconds(settled));
    } catch (Throwable failure) {
      System.out.println(app.tail(80));
      throw failure;
    }
  }

  /**
   * The officer approves and the chair signs every filed dossier, alternating the nodes; {@code
   * fault} runs (once, on this thread) when {@code faultAfter} dossiers are signed.
   */
  private int approveAndSignAll(Portal portal, AppProcess[] nodes, Runnable fault, int faultAfter)
      throws Exception {
    List<String> ids = new ArrayList<>();
    portal.answered.values().forEach(answer -> ids.add(answer.iterator().next()));
    AtomicInteger signed = new AtomicInteger();
    AtomicInteger resends = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<Void>> work = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        AppProcess node = nodes[i % nodes.length];
        String id = ids.get(i);
        work.add(
            CompletableFuture.runAsync(
                () -> {
                  resends.addAndGet(portal.approveAndSign(node, id));
                  signed.incrementAndGet();
                },
                pool));
      }
      if (fault != null) {
        await().atMost(LOAD).until(() -> signed.get() >= faultAfter);
        fault.run();
      }
      CompletableFuture.allOf(work.toArray(CompletableFuture[]::new))
          .get(LOAD.toSeconds(), TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "resilience: %d dossiers approved and signed, %d steps resent%n",
        signed.get(), resends.get());
    return signed.get();
  }

  /**
   * Waits until the dossiers are all completed or no job is left to try; returns the time, or null
   * when the bound passed first.
   */
  private Duration awaitCompleted(Database db, String scenario, int expected, Duration atMost) {
    Duration waited =
        waitFor(
            atMost,
            () -> {
              try (Connection connection = db.open()) {
                long completed =
                    Census.single(
                        connection,
                        "select count(*) from dossier where status = 'COMPLETED'"
                            + " and idempotency_key like 'rs-"
                            + scenario
                            + "-%'");
                long runnable =
                    Census.single(
                        connection,
                        "select count(*) from act_ru_job where retries_ > 0 and type_ <> 'timer'");
                return completed >= expected || runnable == 0;
              } catch (SQLException e) {
                return false;
              }
            });
    return waited;
  }

  /** The time the condition took to hold, or null when it did not within the bound. */
  private static Duration waitFor(Duration atMost, BooleanSupplier condition) {
    Instant start = Instant.now();
    try {
      await().atMost(atMost).pollInterval(Duration.ofSeconds(2)).until(condition::getAsBoolean);
      return Duration.between(start, Instant.now());
    } catch (ConditionTimeoutException e) {
      return null;
    }
  }

  private static void report(Figures figures, AppProcess... processes) {
    RESULTS.add(figures);
    System.out.println(figures.table());
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(figures.lost()).as(figures.scenario() + " lost").isZero();
    softly.assertThat(figures.duplicated()).as(figures.scenario() + " duplicated").isZero();
    softly.assertThat(figures.stuck()).as(figures.scenario() + " stuck").isZero();
    softly.assertThat(figures.filed()).as(figures.scenario() + " filed").isPositive();
    if (!softly.wasSuccess()) {
      for (AppProcess process : processes) {
        System.out.println(process.tail(40));
      }
    }
    softly.assertAll();
  }

  private static Database database(String name) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    }
    return new Database(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
  }

  /** The sandbox registry server's and its clients' password: outside the demo none is given. */
  private static final String REGISTRY_PASSWORD = "resilience-registry";

  private static AppProcess onPostgres(
      String name, Database db, Map<String, String> environment, String... profiles) {
    Map<String, String> env = new HashMap<>(environment);
    env.put("DVC_DB_URL", db.url());
    env.put("DVC_DB_USER", db.user());
    env.put("DVC_DB_PASSWORD", db.password());
    env.put("DVC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("PAYMENT_CALLBACK_SECRET", "resilience-payment-callback-secret");
    env.put("DVC_DEMO_ACCOUNTS", "true");
    String active = profiles.length == 0 ? "postgres" : profiles[0];
    return new AppProcess(
        name, AppProcess.freePort(), env, List.of("--spring.profiles.active=" + active));
  }
}
