package vn.dvc.procedure.marriageregistration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.EligibilityFindings;

/**
 * Records the findings of the decision {@code marriage-registration-eligibility} through {@link
 * EligibilityFindings} (REFUSE, else VERIFY, else ELIGIBLE, with the reasons, verificationReason
 * among them, which the frame's verification shows) and, when the parties may marry, sets {@code
 * husbandPin} and {@code wifePin} from their genders for the write-backs.
 */
@Component("recordMarriageEligibility")
class RecordEligibilityListener implements ExecutionListener {

  private final EligibilityFindings findings;

  RecordEligibilityListener(EligibilityFindings findings) {
    this.findings = findings;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String eligibility = findings.record(execution, "timeline.eligible.marriage");
    if (!"REFUSE".equals(eligibility)) {
      boolean applicantIsHusband = "MALE".equals(execution.getVariable("applicantGender"));
      Object applicant = execution.getVariable("applicantPin");
      Object partner = execution.getVariable("partnerPin");
      execution.setVariable("husbandPin", applicantIsHusband ? applicant : partner);
      execution.setVariable("wifePin", applicantIsHusband ? partner : applicant);
    }
  }
}
