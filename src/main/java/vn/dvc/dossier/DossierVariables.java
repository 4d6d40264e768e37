package vn.dvc.dossier;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The process variables every dossier's process carries, one typed definition per name: the Dossier
 * API starts the process with the first four, the supplement loop uses the others. Read and written
 * through these ({@code APPLICANT_PIN.from(execution).get()}), never by a cast.
 */
public final class DossierVariables {

  /** The dossier code, also the process instance's business key. */
  public static final VariableFactory<String> DOSSIER_ID = stringVariable("dossierId");

  /** The catalogue key of the procedure, which chooses its decisions and its descriptor. */
  public static final VariableFactory<String> PROCEDURE_KEY = stringVariable("procedureKey");

  public static final VariableFactory<String> APPLICANT_PIN = stringVariable("applicantPin");

  /** The commune the dossier is filed at, which routes its tasks. */
  public static final VariableFactory<String> COMMUNE_CODE = stringVariable("communeCode");

  /** The document the officer asks the citizen for, and why (shown to the citizen). */
  public static final VariableFactory<String> REQUESTED_DOCUMENT_TYPE =
      stringVariable("requestedDocumentType");

  public static final VariableFactory<String> REQUEST_REASON = stringVariable("requestReason");

  /** Whether the citizen still has documents to supply. */
  public static final VariableFactory<Boolean> DOCUMENTS_MISSING =
      booleanVariable("documentsMissing");

  private DossierVariables() {}
}
