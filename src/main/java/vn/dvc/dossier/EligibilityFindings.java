package vn.dvc.dossier;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The findings of a procedure's eligibility decision (hit policy COLLECT, one row per finding with
 * {@code outcome} REFUSE or VERIFY and a {@code reason}) turned into what a process routes on:
 * {@code eligibility} — REFUSE when any finding refuses, else VERIFY when any asks the officer to
 * verify, else ELIGIBLE — with {@code ineligibilityReason} and {@code verificationReason} as plain
 * text, every reason found, and the outcome on the dossier's timeline. The findings list itself is
 * removed: history keeps only simple values.
 *
 * <p>As the end listener {@code ${recordEligibility}} of a procedure's eligibility decision it does
 * only that; a procedure that derives more from the findings (marriage: who is husband and wife)
 * calls {@link #record} from its own listener.
 */
@Component("recordEligibility")
public class EligibilityFindings implements ExecutionListener {

  /** The decision's result variable, by convention. */
  public static final String RESULT_VARIABLE = "eligibilityFindings";

  private final DossierRepository dossiers;
  private final DossierTexts texts;

  EligibilityFindings(DossierRepository dossiers, DossierTexts texts) {
    this.dossiers = dossiers;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    record(execution, "timeline.eligible");
  }

  /**
   * Records the findings and answers the eligibility.
   *
   * @param eligibleKey the bundle key of what the timeline says when nothing was found (one of
   *     {@link DossierTexts#STORED_KEYS}), stored in Vietnamese
   */
  public String record(DelegateExecution execution, String eligibleKey) {
    String eligibleDetail = texts.vietnamese(eligibleKey);
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
    execution.removeVariable(RESULT_VARIABLE);
    String dossierId = execution.getProcessBusinessKey();
    switch (eligibility) {
      case "REFUSE" -> dossiers.addEvent(dossierId, "NOT_ELIGIBLE", refusals);
      case "VERIFY" -> dossiers.addEvent(dossierId, "VERIFICATION_NEEDED", verifications);
      default -> dossiers.addEvent(dossierId, "ELIGIBLE", eligibleDetail);
    }
    return eligibility;
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
