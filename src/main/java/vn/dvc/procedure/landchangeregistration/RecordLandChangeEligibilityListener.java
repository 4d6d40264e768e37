package vn.dvc.procedure.landchangeregistration;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.DossierRepository;

/**
 * Turns the findings of the decision {@code land-change-registration-eligibility} (hit policy
 * COLLECT, one row per finding with {@code outcome} REFUSE and a {@code reason}) into what the
 * process routes on: {@code eligibility} — REFUSE when any finding refuses, else ELIGIBLE — and
 * {@code ineligibilityReason}, every reason as plain text. The findings list itself is removed:
 * history keeps only simple values.
 */
@Component("recordLandChangeEligibility")
class RecordLandChangeEligibilityListener implements ExecutionListener {

  static final String RESULT_VARIABLE = "eligibilityFindings";

  private final DossierRepository dossiers;

  RecordLandChangeEligibilityListener(DossierRepository dossiers) {
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
    String refusals =
        findings.stream()
            .filter(row -> "REFUSE".equals(row.get("outcome")))
            .map(row -> String.valueOf(row.get("reason")))
            .collect(Collectors.joining(" "));
    boolean refused = !refusals.isEmpty();
    execution.setVariable("eligibility", refused ? "REFUSE" : "ELIGIBLE");
    execution.setVariable("ineligibilityReason", refused ? refusals : null);
    execution.removeVariable(RESULT_VARIABLE);
    dossiers.addEvent(
        execution.getProcessBusinessKey(),
        refused ? "NOT_ELIGIBLE" : "ELIGIBLE",
        refused ? refusals : "The owners of the parcel may change as filed.");
  }
}
