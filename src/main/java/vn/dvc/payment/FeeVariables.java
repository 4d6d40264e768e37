package vn.dvc.payment;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.Date;

/**
 * The variables of the building blocks {@code collect-fee} and {@code resolve-payment-problem}:
 * what the caller may pass, and what the blocks give back.
 */
public final class FeeVariables {

  /** Optional: a list of maps, one fee decision per subject (a traffic-fine dossier's fines). */
  public static final String FEE_SUBJECTS = "feeSubjects";

  /** Optional: who pays; the applicant when unset. */
  public static final VariableFactory<String> PAYER_PIN = stringVariable("payerPin");

  /** NO_FEE, PAID or NOT_PAID: what the caller maps out and decides on. */
  public static final VariableFactory<String> FEE_OUTCOME = stringVariable("feeOutcome");

  /** The sum of the fee decision's rows, whole đồng. */
  public static final VariableFactory<Long> FEE_AMOUNT_VND = longVariable("feeAmountVnd");

  /** The platform's request, which the confirmation messages are correlated with. */
  public static final VariableFactory<String> PAYMENT_REQUEST_ID =
      stringVariable("paymentRequestId");

  /** When the request expires, the block's deadline timer. */
  public static final VariableFactory<Date> PAYMENT_DEADLINE = dateVariable("paymentDeadline");

  public static final VariableFactory<String> RECEIPT_NO = stringVariable("receiptNo");

  /** AMOUNT_MISMATCH or REGISTRY_REFUSED: what the payment officer resolves. */
  public static final VariableFactory<String> PAYMENT_PROBLEM = stringVariable("paymentProblem");

  public static final VariableFactory<String> PAYMENT_PROBLEM_DETAIL =
      stringVariable("paymentProblemDetail");

  /** ACCEPT or REFUND, the payment officer's decision. */
  public static final VariableFactory<String> PAYMENT_RESOLUTION =
      stringVariable("paymentResolution");

  public static final VariableFactory<String> PAYMENT_RESOLUTION_NOTE =
      stringVariable("paymentResolutionNote");

  /** What the deadline found: EXPIRED, or PAID / AMOUNT_MISMATCH when paid at the last moment. */
  static final VariableFactory<String> DEADLINE_OUTCOME = stringVariable("paymentDeadlineOutcome");

  /** Today in Vietnam (ISO date), for the fee decision. */
  static final VariableFactory<String> FEE_DATE = stringVariable("feeDate");

  static final String FEE_ROWS = "feeRows";

  private FeeVariables() {}
}
