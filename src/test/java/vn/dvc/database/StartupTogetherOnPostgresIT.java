package vn.dvc.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcApplication;

/**
 * Two nodes started at the same moment on one fresh PostgreSQL database (embedded binaries from
 * Maven Central, no Docker) both start, on one schema and one deployment of the models: the
 * start-up lock makes the second wait for the first instead of creating the engine's tables again.
 */
class StartupTogetherOnPostgresIT {

  private static EmbeddedPostgres postgres;
  private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

  @BeforeAll
  static void freshDatabase() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    postgres.close();
  }

  @Test
  void twoNodesStartedTogetherOnAFreshDatabaseBothStart() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
      for (String node : List.of("node-a", "node-b")) {
        starts.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    together.await(1, TimeUnit.MINUTES);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  return start(node);
                },
                threads));
      }
      List<Throwable> failures = new ArrayList<>();
      for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
        try {
          nodes.add(start.get(5, TimeUnit.MINUTES));
        } catch (Exception e) {
          failures.add(e.getCause() != null ? e.getCause() : e);
        }
      }

      assertThat(failures).as("start failures").isEmpty();
      assertThat(nodes).hasSize(2).allMatch(ConfigurableApplicationContext::isActive);
      JdbcTemplate jdbc = nodes.get(0).getBean(JdbcTemplate.class);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from act_re_deployment where name_ = 'dvc-models'",
                  Integer.class))
          .as("deployments of the models")
          .isEqualTo(1);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from act_ge_property where name_ = 'schema.version'",
                  Integer.class))
          .isEqualTo(1);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from act_id_user where id_ = 'officer.badinh'", Integer.class))
          .isEqualTo(1);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from pg_locks where locktype = 'advisory'", Integer.class))
          .as("the start-up lock is released once both are ready")
          .isZero();
      assertThat(jdbc.queryForList("select name_ from act_ru_filter", String.class))
          .as("the shared Tasklist filters, once each")
          .containsExactlyInAnyOrder(TASKLIST_FILTERS.keySet().toArray(String[]::new));
    } finally {
      nodes.forEach(ConfigurableApplicationContext::close);
      threads.shutdownNow();
    }
  }

  /** The shared Tasklist filters, by their Vietnamese name, with their English name of before. */
  private static final java.util.Map<String, String> TASKLIST_FILTERS =
      java.util.Map.of(
          "Việc của nhóm tôi", "My groups' tasks",
          "Đến hạn hôm nay", "Due today",
          "Quá hạn", "Overdue",
          "Chờ ký", "Waiting for my signature",
          "Dữ liệu cần xác minh", "Data issues to verify");

  /**
   * A database from before the filters were Vietnamese, upgraded by two nodes starting together:
   * each English filter is renamed in place (same id, so officers' chosen filters keep working),
   * none is duplicated.
   */
  @Test
  void twoNodesUpgradingTogetherRenameTheEnglishTasklistFiltersOnceKeepingTheirIds()
      throws Exception {
    ConfigurableApplicationContext first = start("node-before");
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    try {
      JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
      TASKLIST_FILTERS.forEach(
          (vietnamese, english) -> {
            ids.put(
                vietnamese,
                jdbc.queryForObject(
                    "select id_ from act_ru_filter where name_ = ?", String.class, vietnamese));
            jdbc.update("update act_ru_filter set name_ = ? where name_ = ?", english, vietnamese);
          });
    } finally {
      first.close();
    }

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
      for (String node : List.of("node-c", "node-d")) {
        starts.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    together.await(1, TimeUnit.MINUTES);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  return start(node);
                },
                threads));
      }
      for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
        nodes.add(start.get(5, TimeUnit.MINUTES));
      }

      JdbcTemplate jdbc = nodes.get(0).getBean(JdbcTemplate.class);
      java.util.Map<String, String> after = new java.util.HashMap<>();
      jdbc.query(
          "select name_, id_ from act_ru_filter",
          row -> {
            after.merge(row.getString(1), row.getString(2), (a, b) -> a + "," + b);
          });
      assertThat(after).isEqualTo(ids);
    } finally {
      nodes.forEach(ConfigurableApplicationContext::close);
      nodes.clear();
      threads.shutdownNow();
    }
  }

  private static ConfigurableApplicationContext start(String node) {
    return new SpringApplicationBuilder(DvcApplication.class)
        .profiles("postgres")
        .run(
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--server.port=0",
            "--spring.application.name=" + node,
            "--camunda.bpm.admin-user.password=it-admin",
            "--dvc.payments.callback-secret=it-payment-callback-secret",
            "--camunda.bpm.job-execution.enabled=false",
            "--dvc.demo-accounts.enabled=true");
  }
}
