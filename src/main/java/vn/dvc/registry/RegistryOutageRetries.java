package vn.dvc.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A job refused only because a registry's circuit is open has not failed: the call was never made.
 * It keeps its retries, raises no incident, and waits until the circuit lets trial calls through
 * again (plus a few seconds of jitter, so that the waiting jobs do not all arrive in one
 * acquisition). Every other failure follows the configured retry cycle.
 *
 * <p>Without this, an outage spent the retries of every job that merely met the open circuit, and
 * recovery took an operator several rounds of "retry all" in Cockpit. Now the jobs resume by
 * themselves once the registry answers, and incidents are left only by calls that really failed.
 */
@Component
class RegistryOutageRetries extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(RegistryOutageRetries.class);

  static final Duration MAX_JITTER = Duration.ofSeconds(5);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    FailedJobCommandFactory engines = configuration.getFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory(
        new WaitForOpenCircuits(engines != null ? engines : new DefaultFailedJobCommandFactory()));
  }

  /** Reschedules jobs refused by an open circuit; hands every other failure to the engine's. */
  static final class WaitForOpenCircuits implements FailedJobCommandFactory {

    private final FailedJobCommandFactory engines;

    WaitForOpenCircuits(FailedJobCommandFactory engines) {
      this.engines = engines;
    }

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
      RegistryCircuitOpenException open = circuitOpen(exception);
      return open == null ? engines.getCommand(jobId, exception) : new WaitForCircuit(jobId, open);
    }

    private static RegistryCircuitOpenException circuitOpen(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof RegistryCircuitOpenException open) {
          return open;
        }
        if (cause.getCause() == cause) {
          break;
        }
      }
      return null;
    }
  }

  private record WaitForCircuit(String jobId, RegistryCircuitOpenException refusal)
      implements Command<Object> {

    @Override
    public Object execute(CommandContext commandContext) {
      JobEntity job = commandContext.getJobManager().findJobById(jobId);
      if (job == null) {
        return null;
      }
      Instant now = ClockUtil.getCurrentTime().toInstant();
      Instant retryAt = refusal.retryAt().isAfter(now) ? refusal.retryAt() : now;
      Instant due =
          retryAt.plusMillis(ThreadLocalRandom.current().nextLong(MAX_JITTER.toMillis() + 1));
      // Unlocked with a due date rather than kept locked (the engine's way of delaying a retry):
      // any node may take it when due, and Cockpit shows when it will run.
      job.setDuedate(Date.from(due));
      job.unlock();
      log.info(
          "Job {} ({}) waits for the {} registry until {}: its circuit is open; retries left {}",
          jobId,
          job.getActivityId(),
          refusal.registry(),
          due,
          job.getRetries());
      return null;
    }
  }
}
