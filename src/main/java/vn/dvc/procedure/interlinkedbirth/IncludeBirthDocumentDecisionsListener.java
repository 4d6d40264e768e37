package vn.dvc.procedure.interlinkedbirth;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Puts the rows of birth registration's own required-documents decision ({@code
 * birthDocumentDecisions}) in front of the residence rows ({@code documentDecisions}), so that the
 * shared {@code recordDocumentDecisions} listener that runs next records both on the dossier at
 * once: it replaces what the dossier held, so recording the two decisions one after the other would
 * keep only the second.
 */
@Component("includeBirthDocumentDecisions")
class IncludeBirthDocumentDecisionsListener implements ExecutionListener {

  static final String BIRTH_DECISIONS = "birthDocumentDecisions";
  static final String DECISIONS = "documentDecisions";

  @Override
  public void notify(DelegateExecution execution) {
    List<?> birth = rows(execution, BIRTH_DECISIONS);
    List<Object> all = new ArrayList<>(birth);
    all.addAll(rows(execution, DECISIONS));
    execution.setVariable(DECISIONS, all);
    execution.removeVariable(BIRTH_DECISIONS);
  }

  private static List<?> rows(DelegateExecution execution, String variable) {
    Object rows = execution.getVariable(variable);
    if (!(rows instanceof List<?> list)) {
      // A model that evaluates one decision but not the other would silently drop documents.
      throw new IllegalStateException(
          "No \"" + variable + "\" decision result to join; evaluate it (resultList) first");
    }
    return list;
  }
}
