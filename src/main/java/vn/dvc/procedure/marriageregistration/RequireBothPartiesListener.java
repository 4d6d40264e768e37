package vn.dvc.procedure.marriageregistration;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A marriage is registered only with both parties present, each signing the register (Luật Hộ tịch
 * 2014, art. 18): the officer cannot approve the review before recording, for each party, presence
 * and signature. Completing the task otherwise fails with the missing items named, and the task
 * stays open; refusing or asking for a document needs neither.
 *
 * <p>The review is the frame's {@code Task_ReviewDossier} (in {@code handle-dossier}, shared by
 * every procedure), which names no procedure's listener. The check therefore hooks on the engine's
 * task events (camunda.bpm.eventing.task, on by default), which the engine publishes synchronously
 * inside the completing command: an exception here rolls the completion back exactly as a task
 * listener on the task would. It only acts on the review of a marriage registration. Without those
 * events the check would silently not run, so the application refuses to start with them off.
 */
@Component
class RequireBothPartiesListener {

  static final String PROCEDURE_KEY = "marriage-registration";
  static final String REVIEW_TASK = "Task_ReviewDossier";

  private static final List<String[]> REQUIRED =
      List.of(
          new String[] {"applicantPresent", "the applicant's presence"},
          new String[] {"applicantSigned", "the applicant's signature"},
          new String[] {"partnerPresent", "the partner's presence"},
          new String[] {"partnerSigned", "the partner's signature"});

  RequireBothPartiesListener(CamundaBpmProperties camunda) {
    if (!Boolean.TRUE.equals(camunda.getEventing().isTask())) {
      throw new IllegalStateException(
          "camunda.bpm.eventing.task is off: a marriage could then be approved without both"
              + " parties present and signed (RequireBothPartiesListener hooks on task events)");
    }
  }

  @EventListener
  void on(DelegateTask task) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
        && REVIEW_TASK.equals(task.getTaskDefinitionKey())
        && PROCEDURE_KEY.equals(task.getVariable("procedureKey"))) {
      requireBothParties(task);
    }
  }

  private static void requireBothParties(DelegateTask task) {
    if (!"APPROVE".equals(task.getVariable("reviewDecision"))) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String[] item : REQUIRED) {
      if (!Boolean.TRUE.equals(task.getVariable(item[0]))) {
        missing.add(item[1]);
      }
    }
    if (!missing.isEmpty()) {
      throw new ProcessEngineException(
          "Both parties must attend and sign before the marriage is approved; not recorded: "
              + String.join(", ", missing)
              + ".");
    }
  }
}
