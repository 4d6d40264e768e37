package vn.dvc.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A day's reconciliation report: how many payments each side had, and where they disagree. */
record Reconciliation(
    LocalDate day, Instant ranAt, int statementLines, int ledgerPaid, List<Line> mismatches) {

  Reconciliation {
    mismatches = List.copyOf(mismatches);
  }

  /**
   * One disagreement. {@code provinceCode} is the province of the dossier's commune (null when the
   * platform names a dossier we do not have); amounts are whole đồng, null where a side has none.
   */
  record Line(
      MismatchKind kind,
      String requestId,
      String dossierId,
      String provinceCode,
      Long platformAmountVnd,
      Long ledgerAmountVnd,
      Long ledgerPaidVnd,
      String ledgerState,
      String transactionRef,
      String detail) {}

  /** The same report with only the lines a caller may see. */
  Reconciliation only(java.util.function.Predicate<Line> visible) {
    return new Reconciliation(
        day, ranAt, statementLines, ledgerPaid, mismatches.stream().filter(visible).toList());
  }
}
