package vn.dvc.resilience;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged application (or its sandbox registry server) as a child OS process, so that it can
 * be killed with SIGKILL like a machine losing power. Its output goes to {@code
 * target/resilience/<name>-<n>.log}, one file per start.
 */
final class AppProcess implements AutoCloseable {

  static final Path LOGS = Path.of("target", "resilience");
  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

  static {
    // A failed or interrupted suite must not leave applications running on the machine.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly)));
  }

  private final String name;
  private final int port;
  private final Map<String, String> environment;
  private final List<String> arguments;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private Process process;
  private Path log;
  private int starts;

  AppProcess(String name, int port, Map<String, String> environment, List<String> arguments) {
    this.name = name;
    this.port = port;
    this.environment = environment;
    this.arguments = arguments;
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path jar() {
    Path jar =
        Path.of(System.getProperty("resilience.jar", "target/dvc-workflow-0.1.0-SNAPSHOT.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar
              + " is missing: the suite runs the packaged application (./mvnw -Presilience verify)");
    }
    return jar;
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  String name() {
    return name;
  }

  void start() {
    try {
      Files.createDirectories(LOGS);
      starts++;
      log = LOGS.resolve(name + "-" + starts + ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      // Small heaps and the C1 compiler only: several of these share two cores with the build.
      command.addAll(List.of("-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
      command.addAll(List.of("-jar", jar().toAbsolutePath().toString()));
      command.add("--server.port=" + port);
      command.addAll(arguments);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
      builder.environment().putAll(environment);
      process = builder.start();
      LIVE.add(process);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start " + name, e);
    }
  }

  /** Waits until the application answers its health check, or its process has died. */
  boolean awaitHealthy(Duration atMost) {
    try {
      await()
          .atMost(atMost)
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> !process.isAlive() || healthy());
    } catch (ConditionTimeoutException e) {
      return false;
    }
    return process.isAlive();
  }

  void startAndAwait(Duration atMost) {
    start();
    if (!awaitHealthy(atMost)) {
      throw new IllegalStateException(name + " did not start:\n" + tail(60));
    }
  }

  private boolean healthy() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri("/actuator/health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("UP");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL: no shutdown hook, no connection closed, no transaction finished. */
  void kill9() {
    process.destroyForcibly();
    waitForExit(Duration.ofSeconds(30));
  }

  /** SIGTERM: Spring closes the engine and the database (H2 writes its file). */
  void stop() {
    if (!alive()) {
      return;
    }
    process.destroy();
    if (!waitForExit(Duration.ofSeconds(60))) {
      process.destroyForcibly();
      waitForExit(Duration.ofSeconds(30));
    }
  }

  private boolean waitForExit(Duration atMost) {
    try {
      boolean exited = process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
      if (exited) {
        LIVE.remove(process);
      }
      return exited;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The last lines of the current start's output, to print when something went wrong. */
  String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return "---- "
          + log
          + " (last "
          + lines
          + " lines)\n"
          + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** The first match in the current start's output of the first pattern that matches at all. */
  Optional<String> firstInLog(List<Pattern> patterns) {
    try {
      String output = Files.readString(log);
      for (Pattern pattern : patterns) {
        Matcher matcher = pattern.matcher(output);
        if (matcher.find()) {
          return Optional.of(matcher.group());
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      waitForExit(Duration.ofSeconds(30));
    }
  }
}
