package vn.dvc.procedure.frame;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import vn.dvc.sla.DossierClock;

/**
 * The variables of the frame {@code handle-dossier}: what the caller passes ({@link #PART}), what
 * the frame sets from the descriptor for its own diagram, and its {@link #OUTCOME}.
 */
public final class FrameVariables {

  /** A key of the descriptor's parts, for a part of an interlinked procedure; else unset. */
  public static final VariableFactory<String> PART = stringVariable("part");

  /** APPROVED, REFUSED or NOT_ACCEPTED: what the caller maps out and decides on. */
  public static final VariableFactory<String> OUTCOME = stringVariable("outcome");

  static final VariableFactory<Boolean> WHOLE_DOSSIER = booleanVariable("wholeDossier");
  static final VariableFactory<Boolean> DOCUMENTS_TO_DECIDE = booleanVariable("documentsToDecide");

  /** False for a procedure that goes straight through once paid: no review, no signature. */
  static final VariableFactory<Boolean> REVIEW_REQUIRED = booleanVariable("reviewRequired");

  /** Who handles the dossier's payment problems, read by the block {@code collect-fee}. */
  static final VariableFactory<String> PAYMENT_OFFICER_GROUP =
      stringVariable("paymentOfficerGroup");

  static final VariableFactory<String> REVIEWER_GROUP = stringVariable("reviewerGroup");
  static final VariableFactory<String> REVIEW_FORM = stringVariable("reviewForm");
  static final VariableFactory<Boolean> SIGNATURE_REQUIRED = booleanVariable("signatureRequired");
  static final VariableFactory<String> SIGNER_GROUP = stringVariable("signerGroup");
  static final VariableFactory<String> SIGN_FORM = stringVariable("signForm");
  static final VariableFactory<String> VERIFIER_GROUP = stringVariable("verifierGroup");
  static final VariableFactory<String> VERIFICATION_FORM = stringVariable("verificationForm");
  static final VariableFactory<String> VERIFICATION_TASK_NAME =
      stringVariable("verificationTaskName");

  /** The part's share of the time limit, read by the dossier clock. */
  static final VariableFactory<Integer> PART_WORKING_DAYS = DossierClock.PART_WORKING_DAYS;

  private FrameVariables() {}
}
