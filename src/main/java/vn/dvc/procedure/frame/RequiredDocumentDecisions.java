package vn.dvc.procedure.frame;

import static vn.dvc.dossier.DossierVariables.PROCEDURE_KEY;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure;
import vn.dvc.catalogue.ProcedureCatalogue;

/**
 * The decisions the frame evaluates for the dossier's documents, as {@code
 * ${requiredDocumentDecisions.of(execution)}}: the procedure's own, or those its descriptor lists
 * (an interlinked procedure runs the single procedure's decision, then its own), so that no rule is
 * copied between decisions. Public for the expression language.
 */
@Component("requiredDocumentDecisions")
public class RequiredDocumentDecisions {

  private final ProcedureCatalogue catalogue;

  RequiredDocumentDecisions(ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public List<String> of(DelegateExecution execution) {
    String key = PROCEDURE_KEY.from(execution).get();
    return catalogue
        .find(key)
        .map(Procedure::handling)
        .map(handling -> handling.documentDecisions(key))
        .orElse(List.of(key + "-required-documents"));
  }
}
