package vn.dvc.payment;

/** How the platform's statement and our ledger disagree about one payment request. */
enum MismatchKind {
  /**
   * The platform has it paid and our ledger does not (no entry, or one still awaiting, expired or
   * cancelled): a confirmation was lost or came too late, and the dossier did not move.
   */
  PAID_WITHOUT_PROGRESS,
  /** Our ledger has it paid on the day and the platform's statement does not list it. */
  RECORDED_NOT_IN_STATEMENT,
  /** Both have it paid, with different amounts (or the platform's differs from what was asked). */
  AMOUNT_DIFFERS
}
