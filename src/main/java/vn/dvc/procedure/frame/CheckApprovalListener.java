package vn.dvc.procedure.frame;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure.Approval;
import vn.dvc.catalogue.Procedure.Fact;

/**
 * Refuses to complete the frame's review with APPROVE while a fact the descriptor's {@code
 * review.approval.requires} lists is not recorded as true (marriage: both parties present and
 * signed, Luật Hộ tịch 2014 art. 18). Runs in the completing transaction, so Tasklist shows the
 * message with the missing facts named and the task stays open; refusing or asking for a document
 * needs none of them.
 */
@Component("checkApproval")
class CheckApprovalListener implements TaskListener {

  private final HandlingSteps steps;

  CheckApprovalListener(HandlingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    Approval approval = steps.of(task).review().approval();
    if (approval == null || !"APPROVE".equals(task.getVariable("reviewDecision"))) {
      return;
    }
    List<Fact> missing =
        approval.requires().stream()
            .filter(fact -> !Boolean.TRUE.equals(task.getVariable(fact.variable())))
            .toList();
    if (!missing.isEmpty()) {
      throw new ProcessEngineException(
          approval.message().vi()
              + "; chưa ghi nhận: "
              + String.join(", ", missing.stream().map(f -> f.label().vi()).toList())
              + ". ("
              + approval.message().en()
              + "; not recorded: "
              + String.join(", ", missing.stream().map(f -> f.label().en()).toList())
              + ".)");
    }
  }
}
