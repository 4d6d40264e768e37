package vn.dvc.payment;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.money.Vnd;
import vn.dvc.registry.payment.PaymentPlatform;
import vn.dvc.registry.payment.PaymentStatement;
import vn.dvc.time.EngineClock;

/**
 * The daily reconciliation: what the platform's statement says was paid on a day (in Vietnam)
 * against what our ledger recorded as paid that day, each disagreement listed with its dossier's
 * province for that province's finance officers.
 */
@Service
class PaymentReconciliation {

  static final String METRIC = "dvc.payments.reconciliation.mismatches";

  private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

  private final PaymentPlatform platform;
  private final PaymentLedger ledger;
  private final DossierRepository dossiers;
  private final AdministrativeUnits units;
  private final ReconciliationRepository reports;
  private final TransactionTemplate transaction;

  PaymentReconciliation(
      PaymentPlatform platform,
      PaymentLedger ledger,
      DossierRepository dossiers,
      AdministrativeUnits units,
      ReconciliationRepository reports,
      TransactionTemplate transaction,
      MeterRegistry meters) {
    this.platform = platform;
    this.ledger = ledger;
    this.dossiers = dossiers;
    this.units = units;
    this.reports = reports;
    this.transaction = transaction;
    // Read from the stored last report at each scrape, so every node reports the same figures
    // whichever node the engine's timer ran the reconciliation on.
    for (MismatchKind kind : MismatchKind.values()) {
      Gauge.builder(METRIC, reports, r -> r.lastCounts().get(kind))
          .tag("kind", kind.name())
          .description("Mismatches of the last payment reconciliation, by kind")
          .register(meters);
    }
  }

  /** Reconciles the day and stores the report in place of any earlier run of that day. */
  Reconciliation reconcile(LocalDate day) {
    PaymentStatement statement = platform.statement(day);
    Instant from = day.atStartOfDay(EngineClock.VIETNAM).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(EngineClock.VIETNAM).toInstant();
    List<LedgerEntry> recorded = ledger.paidBetween(from, to);

    List<Reconciliation.Line> lines = new ArrayList<>();
    Set<String> onStatement = new HashSet<>();
    for (PaymentStatement.Line paid : statement.lines()) {
      onStatement.add(paid.requestId());
      Optional<LedgerEntry> entry = ledger.find(paid.requestId());
      boolean settled =
          entry.isPresent()
              && (entry.get().state() == LedgerState.PAID
                  || entry.get().state() == LedgerState.AMOUNT_MISMATCH);
      if (!settled) {
        lines.add(
            line(
                MismatchKind.PAID_WITHOUT_PROGRESS,
                paid.requestId(),
                paid.dossierId(),
                paid.amountVnd(),
                entry.orElse(null),
                paid.transactionRef(),
                "Nền tảng thanh toán ghi nhận đã nộp "
                    + Vnd.format(paid.amountVnd())
                    + " nhưng hệ thống "
                    + entry
                        .map(e -> "vẫn ghi yêu cầu ở trạng thái " + e.state())
                        .orElse("không có yêu cầu thanh toán này")
                    + "; hồ sơ chưa được xử lý tiếp (thông báo thanh toán bị mất hoặc đến"
                    + " muộn)."));
        continue;
      }
      LedgerEntry e = entry.get();
      long ledgerPaid = e.paidAmountVnd() == null ? -1 : e.paidAmountVnd();
      if (paid.amountVnd() != ledgerPaid || paid.amountVnd() != e.amountVnd()) {
        lines.add(
            line(
                MismatchKind.AMOUNT_DIFFERS,
                paid.requestId(),
                e.dossierId(),
                paid.amountVnd(),
                e,
                paid.transactionRef(),
                "Nền tảng thanh toán ghi nhận "
                    + Vnd.format(paid.amountVnd())
                    + ", hệ thống ghi nhận "
                    + (e.paidAmountVnd() == null ? "không có" : Vnd.format(e.paidAmountVnd()))
                    + " (số tiền phải nộp "
                    + Vnd.format(e.amountVnd())
                    + ")."));
      }
    }
    for (LedgerEntry e : recorded) {
      if (!onStatement.contains(e.requestId())) {
        lines.add(
            line(
                MismatchKind.RECORDED_NOT_IN_STATEMENT,
                e.requestId(),
                e.dossierId(),
                null,
                e,
                e.transactionRef(),
                "Hệ thống ghi nhận đã nộp "
                    + (e.paidAmountVnd() == null ? "" : Vnd.format(e.paidAmountVnd()) + " ")
                    + "nhưng bảng kê ngày "
                    + day
                    + " của nền tảng thanh toán không có giao dịch này."));
      }
    }
    Reconciliation report =
        new Reconciliation(
            day, EngineClock.now(), statement.lines().size(), recorded.size(), lines);
    transaction.executeWithoutResult(status -> reports.replace(report));
    log.info(
        "Reconciled payments of {}: {} on the statement, {} in the ledger, {} mismatches",
        day,
        statement.lines().size(),
        recorded.size(),
        lines.size());
    return report;
  }

  Optional<Reconciliation> report(LocalDate day) {
    return reports.find(day);
  }

  private Reconciliation.Line line(
      MismatchKind kind,
      String requestId,
      String dossierId,
      Long platformAmount,
      LedgerEntry entry,
      String transactionRef,
      String detail) {
    return new Reconciliation.Line(
        kind,
        requestId,
        dossierId,
        provinceOf(dossierId),
        platformAmount,
        entry == null ? null : entry.amountVnd(),
        entry == null ? null : entry.paidAmountVnd(),
        entry == null ? null : entry.state().name(),
        transactionRef,
        detail);
  }

  private String provinceOf(String dossierId) {
    return dossiers
        .summary(dossierId)
        .flatMap(d -> units.commune(d.communeCode()))
        .map(Commune::provinceCode)
        .orElse(null);
  }
}
