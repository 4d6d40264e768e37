package vn.dvc.procedure.marriageregistration;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.DossierRepository;

/**
 * Turns the findings of the decision {@code marriage-registration-eligibility} (hit policy COLLECT,
 * one row per finding with {@code outcome} REFUSE or VERIFY and a {@code reason}) into what the
 * process routes on: {@code eligibility} — REFUSE when any finding refuses, else VERIFY when any
 * asks the officer to verify, else ELIGIBLE — with {@code ineligibilityReason} and {@code
 * verificationReason} as plain text. The findings list itself is removed: history keeps only simple
 * values. When the parties may marry, {@code husbandPin} and {@code wifePin} are set from their
 * genders for the write-backs.
 */
@Component("recordMarriageEligibility")
class RecordEligibilityListener implements ExecutionListener {

  static final String RESULT_VARIABLE = "eligibilityFindings";

  private final DossierRepository dossiers;

  RecordEligibilityListener(DossierRepository dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> findings =
        (List<Map<String, Object>>) execution.getVariable(RESULT_VARIABLE);
    if (findings == null) {
      throw new IllegalStateException(
          "The eligibility decision left no \"" + RESULT_VARIABLE + "\" variable");
    }
    String refusals = reasons(findings, "REFUSE");
    String verifications = reasons(findings, "VERIFY");
    String eligibility =
        refusals != null ? "REFUSE" : verifications != null ? "VERIFY" : "ELIGIBLE";
    execution.setVariable("eligibility", eligibility);
    execution.setVariable("ineligibilityReason", refusals);
    execution.setVariable("verificationReason", verifications);
    // Not verified yet: the verification gateway reads it on every pass, also after a supplement.
    execution.setVariable("verificationOutcome", null);
    execution.removeVariable(RESULT_VARIABLE);
    String dossierId = execution.getProcessBusinessKey();
    switch (eligibility) {
      case "REFUSE" -> dossiers.addEvent(dossierId, "NOT_ELIGIBLE", refusals);
      case "VERIFY" -> dossiers.addEvent(dossierId, "VERIFICATION_NEEDED", verifications);
      default -> dossiers.addEvent(dossierId, "ELIGIBLE", "Both parties may marry.");
    }
    if (!"REFUSE".equals(eligibility)) {
      boolean applicantIsHusband = "MALE".equals(execution.getVariable("applicantGender"));
      Object applicant = execution.getVariable("applicantPin");
      Object partner = execution.getVariable("partnerPin");
      execution.setVariable("husbandPin", applicantIsHusband ? applicant : partner);
      execution.setVariable("wifePin", applicantIsHusband ? partner : applicant);
    }
  }

  private static String reasons(List<Map<String, Object>> findings, String outcome) {
    String joined =
        findings.stream()
            .filter(row -> outcome.equals(row.get("outcome")))
            .map(row -> String.valueOf(row.get("reason")))
            .collect(Collectors.joining(" "));
    return joined.isEmpty() ? null : joined;
  }
}
