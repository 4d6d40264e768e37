package vn.dvc.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import vn.dvc.identity.EmbeddedDemo;

/**
 * In the embedded demo, the sandbox server's password unless one is configured ({@code
 * REGISTRY_PASSWORD}): generated at the first start into {@code <dvc.data-dir>/}{@value #FILE}
 * (readable by its owner only) and read from there afterwards, so that it is not the README's. The
 * in-process HTTP registry clients take the same value ({@code dvc.registries.http.password}
 * defaults to it in application.yaml). An environment post-processor because both properties must
 * hold it before they are bound.
 */
class SandboxServerPasswordFile implements EnvironmentPostProcessor, Ordered {

  static final String FILE = "sandbox-server.password";
  static final String PROPERTY = "dvc.sandbox.server.password";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Log log;

  SandboxServerPasswordFile(DeferredLogFactory logs) {
    this.log = logs.getLog(SandboxServerPasswordFile.class);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!EmbeddedDemo.in(environment)
        || !environment.getProperty("dvc.sandbox.server.enabled", Boolean.class, true)
        || !environment.getProperty(PROPERTY, "").isBlank()) {
      return;
    }
    Path file = Path.of(environment.getProperty("dvc.data-dir", "./data"), FILE);
    String password = readOrCreate(file);
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("sandboxServerPasswordFile", Map.of(PROPERTY, password)));
    log.info(
        "Sandbox registry server: user registry-client, password in "
            + file.toAbsolutePath().normalize()
            + " (set REGISTRY_PASSWORD to choose one)");
  }

  /** After the configuration files are read. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  static String readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        String stored = Files.readString(file).strip();
        if (!stored.isEmpty()) {
          return stored;
        }
        Files.delete(file);
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      byte[] random = new byte[24];
      RANDOM.nextBytes(random);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      try {
        Files.writeString(Files.createFile(file, ownerOnly()), password + "\n");
      } catch (FileAlreadyExistsException concurrent) {
        return Files.readString(file).strip();
      }
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read or create the sandbox server's password " + file, e);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }
}
