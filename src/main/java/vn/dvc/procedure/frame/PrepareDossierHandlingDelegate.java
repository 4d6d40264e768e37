package vn.dvc.procedure.frame;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure.Part;
import vn.dvc.sla.DossierClock;

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
    Part part = steps.of(execution);
    execution.setVariable("wholeDossier", execution.getVariable(HandlingSteps.PART) == null);
    execution.setVariable("documentsToDecide", part.documents());
    execution.setVariable("reviewerGroup", HandlingSteps.group(part.review(), execution));
    execution.setVariable("reviewForm", part.review().form());
    execution.setVariable("signatureRequired", part.signature() != null);
    if (part.signature() != null) {
      execution.setVariable("signerGroup", HandlingSteps.group(part.signature(), execution));
      execution.setVariable("signForm", part.signature().form());
    }
    if (part.verification() != null) {
      execution.setVariable("verifierGroup", HandlingSteps.group(part.verification(), execution));
      execution.setVariable("verificationForm", part.verification().form());
      execution.setVariable("verificationTaskName", part.verification().task().vi());
    }
    execution.setVariable(DossierClock.PART_WORKING_DAYS, part.workingDays());
  }
}
