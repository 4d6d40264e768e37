package vn.dvc.procedure.interlinkedbirth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.dvc.dataquality.DataIssue;
import vn.dvc.dataquality.DataIssueKind;
import vn.dvc.dossier.DossierRepository;

/**
 * Decides whether the data issues the look-ups recorded on the dossier (about the parents and the
 * birth certificate) need the officer's verification before the birth is registered. Which kinds do
 * is the analysts' DMN {@code interlinked-birth-verification}, asked once per kind; sets {@code
 * verificationNeeded} and {@code verificationReason} (the reasons of the kinds that need it).
 */
@Component("assessRegistryConflicts")
class AssessRegistryConflictsDelegate implements JavaDelegate {

  static final String DECISION = "interlinked-birth-verification";

  private final DossierRepository dossiers;
  private final DecisionService decisions;

  AssessRegistryConflictsDelegate(DossierRepository dossiers, DecisionService decisions) {
    this.dossiers = dossiers;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<DataIssueKind> kinds =
        dossiers.dataIssues(execution.getProcessBusinessKey()).stream()
            .map(DataIssue::kind)
            .distinct()
            .toList();
    List<String> reasons = new ArrayList<>();
    for (DataIssueKind kind : kinds) {
      Map<String, Object> row =
          decisions
              .evaluateDecisionTableByKey(
                  DECISION, Variables.createVariables().putValue("dataIssueKind", kind.name()))
              .getSingleResult()
              .getEntryMap();
      if (Boolean.TRUE.equals(row.get("verify"))) {
        reasons.add((String) row.get("reason"));
      }
    }
    execution.setVariable("verificationNeeded", !reasons.isEmpty());
    execution.setVariable(
        "verificationReason", reasons.isEmpty() ? null : String.join(" ", reasons));
  }
}
