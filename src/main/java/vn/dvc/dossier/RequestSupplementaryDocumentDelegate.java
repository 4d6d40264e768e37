package vn.dvc.dossier;

import static vn.dvc.dossier.DossierVariables.DOCUMENTS_MISSING;
import static vn.dvc.dossier.DossierVariables.REQUESTED_DOCUMENT_TYPE;
import static vn.dvc.dossier.DossierVariables.REQUEST_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the document the officer asks the citizen for ({@code requestedDocumentType}, with {@code
 * requestReason} shown to the citizen) as required from now on. The once-only rule stays with the
 * officer: the review form offers this only after the registries were checked.
 */
@Component("requestSupplementaryDocument")
class RequestSupplementaryDocumentDelegate implements JavaDelegate {

  private final DossierRepository dossiers;

  RequestSupplementaryDocumentDelegate(DossierRepository dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = execution.getProcessBusinessKey();
    String type = REQUESTED_DOCUMENT_TYPE.from(execution).getOrNull();
    String reason = REQUEST_REASON.from(execution).getOrNull();
    if (type == null || type.isBlank() || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "A supplementary document request needs the document type and the reason.");
    }
    dossiers.requestDocument(dossierId, type, reason);
    dossiers.addEvent(dossierId, "DOCUMENT_REQUESTED", type + ": " + reason);
    DOCUMENTS_MISSING.on(execution).set(true);
  }
}
