package vn.dvc.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default's database URL, as application.yaml and the sandbox-server profile give it,
 * keeps every commit that returned when the process is killed with SIGKILL: a child JVM commits
 * rows and says so after each commit, is killed at once after one of those lines, and the file is
 * reopened to find every row it announced.
 */
class H2DurabilityTest {

  private static final int COMMITS_BEFORE_KILL = 400;

  @Test
  void everyCommitThatReturnedSurvivesKillNineOfTheEmbeddedDefault(@TempDir Path dataDir)
      throws Exception {
    String url = datasourceUrl(null, dataDir);

    assertThat(url).contains("WRITE_DELAY=0");
    assertThat(committedRowsLostByKill(url)).isEmpty();
  }

  @Test
  void everyCommitThatReturnedSurvivesKillNineOfTheSandboxServer(@TempDir Path dataDir)
      throws Exception {
    String url = datasourceUrl("sandbox-server", dataDir);

    assertThat(url).contains("WRITE_DELAY=0");
    assertThat(committedRowsLostByKill(url)).isEmpty();
  }

  /** The rows the child announced as committed that are missing once it was killed. */
  static List<Integer> committedRowsLostByKill(String url)
      throws IOException, SQLException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                H2CommitWriter.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    TreeSet<Integer> announced = new TreeSet<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (announced.size() < COMMITS_BEFORE_KILL && (line = out.readLine()) != null) {
        if (line.startsWith("committed ")) {
          announced.add(Integer.parseInt(line.substring("committed ".length())));
        }
      }
      // SIGKILL right after an announced commit: no shutdown hook, no close of the database.
      // The JDK closes our end of the pipe with it, so what the child printed later goes unread.
      child.destroyForcibly();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child is dead").isTrue();
    assertThat(announced).as("commits announced by the child").hasSize(COMMITS_BEFORE_KILL);

    TreeSet<Integer> present = new TreeSet<>();
    try (Connection db = DriverManager.getConnection(url, "sa", "");
        Statement query = db.createStatement()) {
      var rows = query.executeQuery("select id from answered");
      while (rows.next()) {
        present.add(rows.getInt(1));
      }
    }
    List<Integer> lost = new ArrayList<>(announced);
    lost.removeAll(present);
    return lost;
  }

  /** spring.datasource.url as the application resolves it under {@code profile}. */
  private static String datasourceUrl(String profile, Path dataDir) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    var sources = environment.getPropertySources();
    sources.addFirst(new MapPropertySource("test", Map.of("dvc.data-dir", dataDir.toString())));
    if (profile != null) {
      sources.addLast(firstDocument("application-" + profile + ".yaml"));
    }
    sources.addLast(firstDocument("application.yaml"));
    // The test puts dvc.data-dir first: the profile's own data directory would be its default.
    return environment.getRequiredProperty("spring.datasource.url");
  }

  private static PropertySource<?> firstDocument(String file) throws IOException {
    List<PropertySource<?>> documents =
        new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
    assertThat(documents).as(file).isNotEmpty();
    return documents.get(0);
  }
}
