package vn.dvc.sla;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.DossierRepository;

/**
 * Carries out the supervisor's decision on an overdue dossier: {@code overdueAction} REASSIGN gives
 * the dossier's open tasks to {@code reassignTo}; JUSTIFY records {@code overdueJustification} on
 * the timeline. Both are recorded.
 */
@Component("recordOverdueHandling")
class RecordOverdueHandlingDelegate implements JavaDelegate {

  /** The supervisors' own tasks (Task_HandleOverdueDossier, Task_HandleOverdueVerification). */
  static final String SUPERVISOR_TASKS = "Task_HandleOverdue";

  private final TaskService tasks;
  private final IdentityService identity;
  private final DossierRepository dossiers;

  RecordOverdueHandlingDelegate(
      TaskService tasks, IdentityService identity, DossierRepository dossiers) {
    this.tasks = tasks;
    this.identity = identity;
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = execution.getProcessBusinessKey();
    String action = (String) execution.getVariable("overdueAction");
    String justification = (String) execution.getVariable("overdueJustification");
    if ("REASSIGN".equals(action)) {
      String user = (String) execution.getVariable("reassignTo");
      if (user == null || identity.createUserQuery().userId(user).count() == 0) {
        // Runs in the supervisor's completion transaction: refusing rolls it back and Tasklist
        // shows this message, so the supervisor corrects the name instead of losing the task.
        throw new IllegalArgumentException("There is no user \"" + user + "\" to reassign to.");
      }
      List<Task> open =
          tasks
              .createTaskQuery()
              // By dossier, not by instance: the late task may sit in a called building block
              // (review-dossier, verify-registry-data) while the escalation runs in the caller.
              .processInstanceBusinessKey(dossierId)
              .list()
              .stream()
              .filter(t -> !t.getTaskDefinitionKey().startsWith(SUPERVISOR_TASKS))
              .toList();
      open.forEach(t -> tasks.setAssignee(t.getId(), user));
      dossiers.addEvent(
          dossierId,
          "OVERDUE_REASSIGNED",
          "Reassigned to " + user + (justification == null ? "" : ": " + justification));
    } else {
      dossiers.addEvent(dossierId, "OVERDUE_JUSTIFIED", justification);
    }
  }
}
