package vn.dvc.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure;
import vn.dvc.catalogue.ProcedureCatalogue;
import vn.dvc.dossier.DossierVariables;

/** The catalogue entry of the procedure a payment is for: its name and legal basis, as printed. */
@Component
class FeeProcedures {

  private final ProcedureCatalogue catalogue;

  FeeProcedures(ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  Procedure of(DelegateExecution execution) {
    String key = DossierVariables.PROCEDURE_KEY.from(execution).get();
    return catalogue
        .find(key)
        .orElseThrow(() -> new IllegalStateException("No procedure " + key + " in the catalogue"));
  }
}
