package vn.dvc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The embedded demo's sandbox password: generated once per data directory, never the README's. */
class SandboxServerPasswordFileTest {

  @TempDir Path dataDir;

  private final DeferredLogFactory logs = new DeferredLogs();

  @Test
  void embeddedDefaultGeneratesASandboxPasswordOnce() throws IOException {
    StandardEnvironment first = start(dataDir, Map.of());
    String password = first.getProperty("dvc.sandbox.server.password");
    assertThat(password).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo("sandbox");
    // The in-process registry clients take the same value, as application.yaml says.
    assertThat(first.getProperty("dvc.registries.http.password")).isEqualTo(password);

    Path file = dataDir.resolve(SandboxServerPasswordFile.FILE);
    assertThat(Files.readString(file).strip()).isEqualTo(password);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }

    assertThat(start(dataDir, Map.of()).getProperty("dvc.sandbox.server.password"))
        .as("second start, same data directory")
        .isEqualTo(password);
    assertThat(start(dataDir.resolve("other"), Map.of()).getProperty("dvc.sandbox.server.password"))
        .as("another data directory")
        .isNotEqualTo(password);
  }

  @Test
  void aConfiguredPasswordWinsAndNothingIsWritten() {
    StandardEnvironment configured =
        start(dataDir, Map.of("dvc.sandbox.server.password", "chosen-by-the-operator"));
    assertThat(configured.getProperty("dvc.sandbox.server.password"))
        .isEqualTo("chosen-by-the-operator");
    assertThat(configured.getProperty("dvc.registries.http.password"))
        .isEqualTo("chosen-by-the-operator");
    assertThat(dataDir.resolve(SandboxServerPasswordFile.FILE)).doesNotExist();
  }

  @Test
  void generatesNothingOutsideTheEmbeddedDemo() {
    StandardEnvironment postgres =
        start(dataDir, Map.of("spring.datasource.url", "jdbc:postgresql://localhost/dvc"));
    assertThat(postgres.getProperty("dvc.sandbox.server.password")).isEmpty();
    assertThat(dataDir.resolve(SandboxServerPasswordFile.FILE)).doesNotExist();
  }

  /** An environment as application.yaml makes it, then the post-processor. */
  private StandardEnvironment start(Path dataDir, Map<String, Object> overrides) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("overrides", overrides));
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "application.yaml",
                Map.of(
                    "dvc.data-dir", dataDir.toString(),
                    "spring.datasource.url", "jdbc:h2:file:${dvc.data-dir}/dvc",
                    "dvc.demo-accounts.enabled", "true",
                    "dvc.sandbox.server.password", "${REGISTRY_PASSWORD_UNSET_IN_TEST:}",
                    "dvc.registries.http.password",
                        "${REGISTRY_PASSWORD_UNSET_IN_TEST:${dvc.sandbox.server.password:}}")));
    new SandboxServerPasswordFile(logs)
        .postProcessEnvironment(environment, new SpringApplication());
    return environment;
  }
}
