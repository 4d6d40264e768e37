package vn.dvc.procedure.temporaryabsencedeclaration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.EligibilityFindings;

/**
 * Records the findings of {@code temporary-absence-declaration-eligibility} through {@link
 * EligibilityFindings}: {@code eligibility} REFUSE or ELIGIBLE, and {@code ineligibilityReason}.
 */
@Component("recordAbsenceEligibility")
class RecordAbsenceEligibilityListener implements ExecutionListener {

  private final EligibilityFindings findings;

  RecordAbsenceEligibilityListener(EligibilityFindings findings) {
    this.findings = findings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    findings.record(
        execution, "Absent from the commune of permanent residence for 12 months or more.");
  }
}
