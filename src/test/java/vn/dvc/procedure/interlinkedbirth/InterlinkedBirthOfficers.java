package vn.dvc.procedure.interlinkedbirth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * Works an interlinked birth dossier as its officers and the job executor would: the tasks of the
 * dossier wherever they are (its own instance, the frame {@code handle-dossier} it calls for the
 * part in hand, or a building block the frame calls — all carry the dossier code as business key),
 * and its asynchronous continuations.
 */
final class InterlinkedBirthOfficers {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final HistoryService history;

  InterlinkedBirthOfficers(ApplicationContext context) {
    this.runtime = context.getBean(RuntimeService.class);
    this.tasks = context.getBean(TaskService.class);
    this.management = context.getBean(ManagementService.class);
    this.history = context.getBean(HistoryService.class);
  }

  /** The activities every frame instance of the dossier (one per part handled so far) passed. */
  List<String> framePassedActivities(String dossier) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(dossier)
        .processDefinitionKey("handle-dossier")
        .list()
        .stream()
        .map(HistoricProcessInstance::getId)
        .flatMap(
            id ->
                history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream())
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  /** The dossier's own running instance, or null once it has ended. */
  ProcessInstance instance(String dossier) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(dossier)
        .processDefinitionKey(InterlinkedBirthIntake.KEY)
        .singleResult();
  }

  /** The frame instance handling the dossier's current part. */
  ProcessInstance frame(String dossier) {
    ProcessInstance frame =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(dossier)
            .processDefinitionKey("handle-dossier")
            .singleResult();
    assertThat(frame).as("frame handling dossier %s", dossier).isNotNull();
    return frame;
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
    complete(dossier, "Task_SignDossier", Map.of("signDecision", "SIGN"));
  }

  /** The part in hand approved by its authority (the frame's review task of that part). */
  void approvePart(String dossier) {
    complete(dossier, "Task_ReviewDossier", Map.of("reviewDecision", "APPROVE"));
  }

  /** The part in hand refused by its authority with a reason. */
  void refusePart(String dossier, String reason) {
    complete(
        dossier, "Task_ReviewDossier", Map.of("reviewDecision", "REFUSE", "refusalReason", reason));
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

  /** The job of an activity (a timer, say) of the frame handling the dossier's current part. */
  Job frameJob(String dossier, String activityId) {
    Job job =
        management
            .createJobQuery()
            .processInstanceId(frame(dossier).getId())
            .activityId(activityId)
            .singleResult();
    assertThat(job).as("job of %s in the frame of dossier %s", activityId, dossier).isNotNull();
    return job;
  }

  /** The job of an activity in the building block the dossier's frame is calling now. */
  Job blockJob(String dossier, String activityId) {
    ProcessInstance block =
        runtime
            .createProcessInstanceQuery()
            .superProcessInstanceId(frame(dossier).getId())
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
