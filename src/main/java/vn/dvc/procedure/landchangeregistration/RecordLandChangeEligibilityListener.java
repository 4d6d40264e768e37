package vn.dvc.procedure.landchangeregistration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.EligibilityFindings;

/**
 * Records the findings of the decision {@code land-change-registration-eligibility} (REFUSE rows
 * with their reasons) through {@link EligibilityFindings}: {@code eligibility} REFUSE or ELIGIBLE,
 * and {@code ineligibilityReason}.
 */
@Component("recordLandChangeEligibility")
class RecordLandChangeEligibilityListener implements ExecutionListener {

  private final EligibilityFindings findings;

  RecordLandChangeEligibilityListener(EligibilityFindings findings) {
    this.findings = findings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    findings.record(execution, "The owners of the parcel may change as filed.");
  }
}
