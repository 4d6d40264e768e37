package vn.dvc.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dvc.audit.RegistryAccess;
import vn.dvc.audit.RegistryAccessLog;

/**
 * A job that fails for good after the dossier already wrote to a registry leaves the registries
 * disagreeing (a birth record without the child in population, say). Its incident is shown in
 * Cockpit, which officers do not open; so the same failure also becomes a task for the dossier's
 * officer group (the candidate group of the dossier's first task), naming what was written and what
 * failed. The task goes away when the incident is resolved (its job retried) or deleted. Failures
 * before anything was written leave the registries consistent and stay incidents only.
 */
@Component
class WriteBackIncidentTasks extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(WriteBackIncidentTasks.class);

  /** Task variable linking the task to its failed job, which the incident's configuration names. */
  static final String FAILED_JOB = "failedJobId";

  static final String DOSSIER = "dossierId";

  private final RegistryAccessLog accessLog;

  WriteBackIncidentTasks(RegistryAccessLog accessLog) {
    this.accessLog = accessLog;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<IncidentHandler> handlers = new ArrayList<>();
    if (configuration.getCustomIncidentHandlers() != null) {
      handlers.addAll(configuration.getCustomIncidentHandlers());
    }
    handlers.add(new Handler());
    configuration.setCustomIncidentHandlers(handlers);
  }

  /** The engine's failed-job handler, plus the officers' task. */
  private final class Handler extends DefaultIncidentHandler {

    Handler() {
      super(Incident.FAILED_JOB_HANDLER_TYPE);
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
      Incident incident = super.handleIncident(context, message);
      asSystem(() -> openTask(context, message));
      return incident;
    }

    @Override
    public void resolveIncident(IncidentContext context) {
      super.resolveIncident(context);
      asSystem(() -> closeTasks(context));
    }

    @Override
    public void deleteIncident(IncidentContext context) {
      super.deleteIncident(context);
      asSystem(() -> closeTasks(context));
    }
  }

  /**
   * The incident may arise under an operator who may not create tasks or read history; telling the
   * officers is the system's duty, so the engine's check is suspended for it.
   */
  private static void asSystem(Runnable work) {
    CommandContext command = Context.getCommandContext();
    boolean checking = command.isAuthorizationCheckEnabled();
    command.disableAuthorizationCheck();
    try {
      work.run();
    } finally {
      if (checking) {
        command.enableAuthorizationCheck();
      }
    }
  }

  private void openTask(IncidentContext context, String message) {
    if (context.getExecutionId() == null || context.getConfiguration() == null) {
      return;
    }
    ExecutionEntity execution =
        Context.getCommandContext()
            .getExecutionManager()
            .findExecutionById(context.getExecutionId());
    String dossier = execution == null ? null : execution.getProcessBusinessKey();
    if (dossier == null) {
      return;
    }
    List<RegistryAccess> written =
        accessLog.find(dossier, null, null, null, null, 100).stream()
            .filter(access -> access.outcome() == RegistryAccess.Outcome.WRITTEN)
            .toList();
    if (written.isEmpty()) {
      return;
    }
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    String group = officerGroup(engine.getHistoryService(), dossier);
    if (group == null) {
      log.warn("Dossier {}: no officer group to tell of the failed write-back", dossier);
      return;
    }
    String activity =
        execution.getActivity() != null && execution.getActivity().getName() != null
            ? execution.getActivity().getName()
            : context.getActivityId();
    TaskService tasks = engine.getTaskService();
    Task task = tasks.newTask();
    task.setName("Registry write-back failed: " + activity);
    task.setDescription(
        "Dossier "
            + dossier
            + ". Already written: "
            + written.stream()
                .map(access -> access.registry() + " " + access.operation())
                .distinct()
                .collect(Collectors.joining(", "))
            + ". Failed after every retry: "
            + activity
            + " ("
            + message
            + "). The registries disagree until an administrator retries the incident in"
            + " Cockpit; this task closes by itself then.");
    task.setTenantId(execution.getTenantId());
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), group);
    tasks.setVariableLocal(task.getId(), FAILED_JOB, context.getConfiguration());
    tasks.setVariableLocal(task.getId(), DOSSIER, dossier);
    log.warn(
        "Dossier {}: write-back {} failed after {} registry writes; task for {}",
        dossier,
        activity,
        written.size(),
        group);
  }

  /** The candidate group of the dossier's first task: the officers who took the dossier. */
  private static String officerGroup(HistoryService history, String dossier) {
    List<HistoricTaskInstance> first =
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(dossier)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .listPage(0, 1);
    if (first.isEmpty()) {
      return null;
    }
    return history
        .createHistoricIdentityLinkLogQuery()
        .taskId(first.get(0).getId())
        .type(IdentityLinkType.CANDIDATE)
        .list()
        .stream()
        .map(HistoricIdentityLinkLog::getGroupId)
        .filter(group -> group != null)
        .findFirst()
        .orElse(null);
  }

  private static void closeTasks(IncidentContext context) {
    if (context.getConfiguration() == null) {
      return;
    }
    TaskService tasks = Context.getProcessEngineConfiguration().getTaskService();
    for (Task task :
        tasks
            .createTaskQuery()
            .taskVariableValueEquals(FAILED_JOB, context.getConfiguration())
            .list()) {
      tasks.deleteTask(task.getId(), "the failed write-back's incident was resolved");
    }
  }
}
