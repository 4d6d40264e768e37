package vn.dvc.procedure.marriageregistration;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A marriage is registered only with both parties present, each signing the register (Luật Hộ tịch
 * 2014, art. 18): the officer cannot approve the review before recording, for each party, presence
 * and signature. Completing the task otherwise fails with the missing items named, and the task
 * stays open; refusing or asking for a document needs neither.
 */
@Component("requireBothPartiesPresent")
class RequireBothPartiesListener implements TaskListener {

  private static final List<String[]> REQUIRED =
      List.of(
          new String[] {"applicantPresent", "the applicant's presence"},
          new String[] {"applicantSigned", "the applicant's signature"},
          new String[] {"partnerPresent", "the partner's presence"},
          new String[] {"partnerSigned", "the partner's signature"});

  @Override
  public void notify(DelegateTask task) {
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
