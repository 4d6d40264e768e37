package vn.dvc.procedure.interlinkedbirth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * Works an interlinked birth dossier as its officers and the job executor would: the tasks of the
 * dossier wherever they are (its own instance, or a building block it called — both carry the
 * dossier code as business key), and its asynchronous continuations.
 */
final class InterlinkedBirthOfficers {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  InterlinkedBirthOfficers(ApplicationContext context) {
    this.runtime = context.getBean(RuntimeService.class);
    this.tasks = context.getBean(TaskService.class);
    this.management = context.getBean(ManagementService.class);
  }

  /** The dossier's own running instance, or null once it has ended. */
  ProcessInstance instance(String dossier) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(dossier)
        .processDefinitionKey(InterlinkedBirthIntake.KEY)
        .singleResult();
  }

  Object variable(String dossier, String name) {
    return runtime.getVariable(instance(dossier).getId(), name);
  }

  /** The dossier's open task of that definition. */
  Task task(String dossier, String definitionKey) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(dossier)
            .taskDefinitionKey(definitionKey)
            .singleResult();
    assertThat(task).as("open task %s of dossier %s", definitionKey, dossier).isNotNull();
    return task;
  }

  void complete(String dossier, String definitionKey, Map<String, Object> variables) {
    tasks.complete(task(dossier, definitionKey).getId(), variables);
  }

  /** The birth part approved by the civil-status officer and signed by the chair. */
  void approveAndSignBirth(String dossier) {
    complete(dossier, "Task_ReviewDossier", Map.of("reviewDecision", "APPROVE"));
    complete(dossier, "Task_SignDecision", Map.of("signDecision", "SIGN"));
  }

  /** The job of an asynchronous task or a timer of the dossier's own instance. */
  Job job(String dossier, String activityId) {
    Job job =
        management
            .createJobQuery()
            .processInstanceId(instance(dossier).getId())
            .activityId(activityId)
            .singleResult();
    assertThat(job).as("job of %s in dossier %s", activityId, dossier).isNotNull();
    return job;
  }

  /** The job of an activity in the building block the dossier's instance is calling now. */
  Job blockJob(String dossier, String activityId) {
    ProcessInstance block =
        runtime
            .createProcessInstanceQuery()
            .superProcessInstanceId(instance(dossier).getId())
            .singleResult();
    Job job =
        management
            .createJobQuery()
            .processInstanceId(block.getId())
            .activityId(activityId)
            .singleResult();
    assertThat(job).as("job of %s in the block of dossier %s", activityId, dossier).isNotNull();
    return job;
  }

  /** Runs the dossier's asynchronous continuations (the write-backs), never its timers. */
  void runJobs(String dossier) {
    for (Job job = nextContinuation(dossier); job != null; job = nextContinuation(dossier)) {
      management.executeJob(job.getId());
    }
  }

  private Job nextContinuation(String dossier) {
    ProcessInstance instance = instance(dossier);
    if (instance == null) {
      return null;
    }
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .messages()
        .listPage(0, 1)
        .stream()
        .findFirst()
        .orElse(null);
  }
}
