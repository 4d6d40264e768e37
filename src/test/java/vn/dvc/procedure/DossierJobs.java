package vn.dvc.procedure;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Runs a dossier's asynchronous continuations — in its own instance and in the building blocks it
 * calls, which share its business key — until none is left; never its timers, which the tests fire
 * themselves.
 */
public final class DossierJobs {

  private final RuntimeService runtime;
  private final ManagementService management;

  public DossierJobs(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  public void run(String dossier) {
    for (Job job = next(dossier); job != null; job = next(dossier)) {
      management.executeJob(job.getId());
    }
  }

  private Job next(String dossier) {
    for (ProcessInstance instance :
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossier).list()) {
      List<Job> jobs =
          management.createJobQuery().processInstanceId(instance.getId()).messages().list();
      if (!jobs.isEmpty()) {
        return jobs.get(0);
      }
    }
    return null;
  }
}
