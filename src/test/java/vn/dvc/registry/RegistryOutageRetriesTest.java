package vn.dvc.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.RegistriesOverHttp;
import vn.dvc.sandbox.SandboxServerFaults;

/**
 * A registry outage seen by the engine's jobs, on the real engine with the HTTP clients against the
 * sandbox server and the engine's clock in the test's hands: jobs that only meet an open circuit
 * wait for it without spending retries and finish by themselves once the registry is back; a call
 * that really fails follows the configured retry cycle to an incident.
 */
@RegistriesOverHttp
class RegistryOutageRetriesTest {

  private static final String WALLET = "vneid-wallet";

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired SandboxServerFaults faults;
  @Autowired RegistryHttpClients clients;

  private Instant now;

  @BeforeEach
  void engineClockInTheTestsHands() {
    moveClockTo(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  @AfterEach
  void registryAndClockBackToNormal() {
    faults.reset();
    ClockUtil.reset();
  }

  @Test
  void jobsRefusedByAnOpenCircuitKeepTheirRetriesAndCompleteOnceTheRegistryIsBack()
      throws Exception {
    List<String> instances = notifications(4);
    int retries = jobOf(instances.get(0)).getRetries();
    Instant trialsFrom = openCircuitOf(WALLET);

    for (String instance : instances) {
      String jobId = jobOf(instance).getId();
      assertThatThrownBy(() -> management.executeJob(jobId))
          .isInstanceOf(RegistryCircuitOpenException.class);
    }

    for (String instance : instances) {
      Job waiting = jobOf(instance);
      assertThat(waiting.getRetries())
          .as("retries of a job refused by the circuit")
          .isEqualTo(retries);
      assertThat(waiting.getExceptionMessage()).isNull();
      assertThat(waiting.getDuedate().toInstant())
          .isBetween(trialsFrom, trialsFrom.plus(RegistryOutageRetries.MAX_JITTER));
    }
    assertThat(incidentsOf(instances)).isZero();
    assertThat(dueJobs(instances)).as("nothing runs before the circuit's trial time").isEmpty();

    // The registry is back. Nobody touches the jobs: the engine runs them when due, all at once
    // as its executor threads would.
    faults.reset();
    for (int round = 0; round < 5 && !allEnded(instances); round++) {
      moveClockTo(now.plusSeconds(40));
      runTogether(dueJobs(instances));
    }

    assertThat(allEnded(instances)).as("every notification sent without an operator").isTrue();
    assertThat(incidentsOf(instances)).isZero();
    assertThat(clients.client(WALLET).circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void aJobThatReallyFailsFollowsTheConfiguredRetryCycleToAnIncident() {
    String instance = notifications(1).get(0);
    // 503 answers: real failures, too few to open the circuit (threshold 50 in these tests).
    faults.simulate(Duration.ZERO, 1.0);

    List<Duration> waits = new ArrayList<>();
    List<Integer> retries = new ArrayList<>();
    for (Job job = jobOf(instance); job.getRetries() > 0; job = jobOf(instance)) {
      String jobId = job.getId();
      assertThatThrownBy(() -> management.executeJob(jobId))
          .isInstanceOf(RegistryServerErrorException.class);
      Job failed = jobOf(instance);
      retries.add(failed.getRetries());
      if (failed.getRetries() > 0) {
        waits.add(Duration.between(now, failed.getDuedate().toInstant()));
      }
    }

    // failed-job-retry-time-cycle PT1M,PT5M,PT15M in application.yaml, no cycle in the model:
    // the first attempt and three retries, the last failure an incident.
    assertThat(retries).containsExactly(3, 2, 1, 0);
    assertThat(waits)
        .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));
    assertThat(incidentsOf(List.of(instance))).isEqualTo(1);

    // The registry is back; an operator retries the incident once.
    faults.reset();
    management.setJobRetries(jobOf(instance).getId(), 1);
    management.executeJob(jobOf(instance).getId());
    assertThat(allEnded(List.of(instance))).isTrue();
  }

  /** Status notifications to a citizen, each a job calling the VNeID wallet registry. */
  private List<String> notifications(int count) {
    String dossier = "OUTAGE-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      instances.add(
          runtime
              .startProcessInstanceByKey(
                  "notify-citizen",
                  dossier + ":RECEIVED:" + i,
                  Map.of(
                      "dossierId", dossier,
                      "procedureKey", "birth-registration",
                      "recipientPin", "019198395960",
                      "status", "RECEIVED",
                      "message", "Hồ sơ " + dossier + " đã được tiếp nhận.",
                      "communeCode", "01100"))
              .getId());
    }
    return instances;
  }

  /**
   * The registry fails every call, and other callers' failures have opened its circuit; returns
   * when the circuit lets trial calls through.
   */
  private Instant openCircuitOf(String registry) {
    faults.simulate(Duration.ZERO, 1.0);
    RegistryHttpClient client = clients.client(registry);
    for (int call = 0; call < 200 && client.circuit() != CircuitBreaker.State.OPEN; call++) {
      try {
        client.write(
            Void.class, IdempotencyKey.of("OUTAGE", "call-" + call), "/notifications", Map.of());
      } catch (RegistryServerErrorException expected) {
        // what opens the circuit
      }
    }
    assertThat(client.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
    try {
      client.write(Void.class, IdempotencyKey.of("OUTAGE", "refused"), "/notifications", Map.of());
    } catch (RegistryCircuitOpenException open) {
      return open.retryAt();
    }
    throw new AssertionError("the open circuit let a call through");
  }

  private void runTogether(List<Job> jobs) throws Exception {
    if (jobs.isEmpty()) {
      return;
    }
    ExecutorService threads = Executors.newFixedThreadPool(jobs.size());
    try {
      List<Callable<Void>> executions = new ArrayList<>();
      for (Job job : jobs) {
        executions.add(
            () -> {
              try {
                management.executeJob(job.getId());
              } catch (RegistryCircuitOpenException stillWaiting) {
                // rescheduled; a later round runs it
              }
              return null;
            });
      }
      for (Future<Void> execution : threads.invokeAll(executions)) {
        execution.get();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private List<Job> dueJobs(List<String> instances) {
    return instances.stream()
        .flatMap(
            instance ->
                management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .executable()
                    .list()
                    .stream())
        .toList();
  }

  private Job jobOf(String instance) {
    return management.createJobQuery().processInstanceId(instance).singleResult();
  }

  private long incidentsOf(List<String> instances) {
    return instances.stream()
        .mapToLong(instance -> runtime.createIncidentQuery().processInstanceId(instance).count())
        .sum();
  }

  private boolean allEnded(List<String> instances) {
    return instances.stream()
        .allMatch(
            instance ->
                runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0);
  }

  private void moveClockTo(Instant instant) {
    now = instant;
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
