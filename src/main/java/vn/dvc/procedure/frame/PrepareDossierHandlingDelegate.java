package vn.dvc.procedure.frame;

import static vn.dvc.procedure.frame.FrameVariables.DOCUMENTS_TO_DECIDE;
import static vn.dvc.procedure.frame.FrameVariables.PART;
import static vn.dvc.procedure.frame.FrameVariables.PART_WORKING_DAYS;
import static vn.dvc.procedure.frame.FrameVariables.PAYMENT_OFFICER_GROUP;
import static vn.dvc.procedure.frame.FrameVariables.REVIEWER_GROUP;
import static vn.dvc.procedure.frame.FrameVariables.REVIEW_FORM;
import static vn.dvc.procedure.frame.FrameVariables.REVIEW_REQUIRED;
import static vn.dvc.procedure.frame.FrameVariables.SIGNATURE_REQUIRED;
import static vn.dvc.procedure.frame.FrameVariables.SIGNER_GROUP;
import static vn.dvc.procedure.frame.FrameVariables.SIGN_FORM;
import static vn.dvc.procedure.frame.FrameVariables.VERIFICATION_FORM;
import static vn.dvc.procedure.frame.FrameVariables.VERIFICATION_TASK_NAME;
import static vn.dvc.procedure.frame.FrameVariables.VERIFIER_GROUP;
import static vn.dvc.procedure.frame.FrameVariables.WHOLE_DOSSIER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure.Handling;
import vn.dvc.catalogue.Procedure.Part;

/**
 * First step of the frame: sets, from the procedure's descriptor, who reviews, signs and verifies
 * the dossier (or the part) and with which forms, so that the frame's diagram holds no procedure's
 * group or form. Variables are set in the frame's own instance and do not reach the procedure.
 */
@Component("prepareDossierHandling")
class PrepareDossierHandlingDelegate implements JavaDelegate {

  private final HandlingSteps steps;

  PrepareDossierHandlingDelegate(HandlingSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Handling handling = steps.handling(execution);
    Part part = steps.of(execution);
    WHOLE_DOSSIER.on(execution).set(PART.from(execution).getOrNull() == null);
    DOCUMENTS_TO_DECIDE.on(execution).set(part.documents());
    REVIEW_REQUIRED.on(execution).set(part.review() != null);
    if (part.review() != null) {
      REVIEWER_GROUP.on(execution).set(HandlingSteps.group(part.review(), execution));
      REVIEW_FORM.on(execution).set(part.review().form());
    }
    // The catalogue guarantees one of the two: a descriptor without review names its payment group.
    PAYMENT_OFFICER_GROUP
        .on(execution)
        .set(
            handling.payment() != null
                ? HandlingSteps.group(handling.payment().group(), execution)
                : HandlingSteps.group(part.review().group(), execution));
    SIGNATURE_REQUIRED.on(execution).set(part.signature() != null);
    if (part.signature() != null) {
      SIGNER_GROUP.on(execution).set(HandlingSteps.group(part.signature(), execution));
      SIGN_FORM.on(execution).set(part.signature().form());
    }
    if (part.verification() != null) {
      VERIFIER_GROUP.on(execution).set(HandlingSteps.group(part.verification(), execution));
      VERIFICATION_FORM.on(execution).set(part.verification().form());
      VERIFICATION_TASK_NAME.on(execution).set(part.verification().task().vi());
    }
    if (part.workingDays() != null) {
      PART_WORKING_DAYS.on(execution).set(part.workingDays());
    }
  }
}
