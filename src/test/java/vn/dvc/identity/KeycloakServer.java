package vn.dvc.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A real Keycloak for the integration tests: the distribution Maven unpacked into {@code
 * target/keycloak}, started in development mode on a free port with a fresh database and the realm
 * of {@code keycloak/dvc-realm.json} imported, once per test JVM, stopped when it ends. Readiness
 * is read from Keycloak's own start-up line, not polled.
 */
final class KeycloakServer {

  private static KeycloakServer shared;

  private final Process process;
  private final int port;
  private final Deque<String> lastLines = new ArrayDeque<>();

  static synchronized KeycloakServer shared(int applicationPort) {
    if (shared == null) {
      shared = new KeycloakServer(applicationPort);
    }
    return shared;
  }

  String url() {
    return "http://localhost:" + port;
  }

  private KeycloakServer(int applicationPort) {
    String home = System.getProperty("keycloak.home");
    if (home == null || !Files.isDirectory(Path.of(home))) {
      throw new IllegalStateException(
          "No Keycloak distribution at keycloak.home="
              + home
              + "; run the integration tests through Maven (./mvnw verify), which unpacks it");
    }
    Path dist = Path.of(home);
    this.port = freePort();
    try {
      deleteRecursively(dist.resolve("data"));
      Path imports = Files.createDirectories(dist.resolve("data/import"));
      Files.copy(
          Path.of("keycloak/dvc-realm.json"),
          imports.resolve("dvc-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.copy(
          Path.of("keycloak/demo/dvc-users-0.json"),
          imports.resolve("dvc-users-0.json"),
          StandardCopyOption.REPLACE_EXISTING);
      ProcessBuilder builder =
          new ProcessBuilder(
                  "bash",
                  dist.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--http-port=" + port,
                  "--http-management-port=" + freePort(),
                  "--import-realm",
                  "--cache=local")
              .redirectErrorStream(true);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
      builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
      builder.environment().put("DVC_APP_URL", "http://localhost:" + applicationPort);
      builder.environment().put("DVC_PORTAL_URL", "http://portal.test");
      // The secrets of application-test.yaml: the published defaults would not start the app.
      builder.environment().put("DVC_ENGINE_CLIENT_SECRET", "test-engine-secret");
      builder.environment().put("DVC_WEBAPP_CLIENT_SECRET", "test-webapp-secret");
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    awaitStarted();
  }

  private void awaitStarted() {
    CompletableFuture<Void> started = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  synchronized (lastLines) {
                    lastLines.addLast(line);
                    if (lastLines.size() > 40) {
                      lastLines.removeFirst();
                    }
                  }
                  if (line.contains("Listening on: http")) {
                    started.complete(null);
                  }
                }
              } catch (IOException e) {
                started.completeExceptionally(e);
              }
              started.completeExceptionally(
                  new IllegalStateException("Keycloak exited with " + process.exitValue()));
            },
            "keycloak-log");
    reader.setDaemon(true);
    reader.start();
    try {
      started.get(240, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
      stop();
      synchronized (lastLines) {
        throw new IllegalStateException(
            "Keycloak did not start: " + e + "\n" + String.join("\n", lastLines), e);
      }
    }
  }

  private void stop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
