package vn.dvc.registry.payment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The payments the platform settled on one day (in Vietnam), as it reports them. */
public record PaymentStatement(LocalDate day, List<Line> lines) {

  public PaymentStatement {
    lines = List.copyOf(lines);
  }

  public record Line(
      String requestId, String dossierId, String transactionRef, long amountVnd, Instant paidAt) {}
}
