package vn.dvc.dossier;

import static vn.dvc.dossier.DossierVariables.DOCUMENTS_MISSING;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Takes the result of a procedure's required-documents decision (hit policy COLLECT, one row per
 * document type with {@code documentType, required, reason, source, reference}) into the dossier,
 * where it is the provenance the citizen and the officer see, and leaves the process only the
 * boolean it routes on: {@code documentsMissing}.
 */
@Component("recordDocumentDecisions")
class RecordDocumentDecisionsListener implements ExecutionListener {

  static final String RESULT_VARIABLE = "documentDecisions";

  private final DossierRepository dossiers;

  RecordDocumentDecisionsListener(DossierRepository dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows =
        (List<Map<String, Object>>) execution.getVariable(RESULT_VARIABLE);
    if (rows == null) {
      throw new IllegalStateException(
          "The required-documents decision left no \"" + RESULT_VARIABLE + "\" variable");
    }
    List<DocumentDecision> decisions =
        rows.stream()
            .map(
                row ->
                    new DocumentDecision(
                        (String) row.get("documentType"),
                        Boolean.TRUE.equals(row.get("required")),
                        (String) row.get("reason"),
                        (String) row.get("source"),
                        row.get("reference") == null ? null : row.get("reference").toString()))
            .toList();
    // The frame may evaluate several decisions in turn (a multi-instance over them): the first
    // replaces what an earlier attempt recorded, the others add their rows.
    boolean first = !(execution.getVariable("loopCounter") instanceof Integer n) || n == 0;
    String dossierId = execution.getProcessBusinessKey();
    if (first) {
      dossiers.replaceDocumentDecisions(dossierId, decisions);
    } else {
      dossiers.addDocumentDecisions(dossierId, decisions);
    }
    boolean missingBefore =
        !first && Boolean.TRUE.equals(DOCUMENTS_MISSING.from(execution).getOrNull());
    DOCUMENTS_MISSING
        .on(execution)
        .set(missingBefore || decisions.stream().anyMatch(DocumentDecision::required));
    execution.removeVariable(RESULT_VARIABLE);
  }
}
