package vn.dvc.procedure.frame;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure.Part;
import vn.dvc.catalogue.Procedure.Step;

/**
 * Names the frame's review and signing tasks as the procedure's descriptor says ("Ký đăng ký khai
 * sinh"), so that the diagram shows a plain name and Tasklist the procedure's own. Runs before
 * {@code summariseDossierForReview}, which adds the dossier code and the applicant.
 */
@Component("nameDossierTask")
class NameDossierTaskListener implements TaskListener {

  /** Ids of the frame's user tasks in {@code processes/handle-dossier.bpmn}. */
  static final String REVIEW_TASK = "Task_ReviewDossier";

  static final String SIGN_TASK = "Task_SignDossier";

  private final HandlingSteps steps;

  NameDossierTaskListener(HandlingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    Part part = steps.of(task);
    Step step =
        switch (task.getTaskDefinitionKey()) {
          case REVIEW_TASK -> part.review();
          case SIGN_TASK -> part.signature();
          default -> null;
        };
    if (step != null) {
      task.setName(step.task().vi());
    }
  }
}
