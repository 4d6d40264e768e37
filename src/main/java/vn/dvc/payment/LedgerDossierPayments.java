package vn.dvc.payment;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.DossierPaymentView;
import vn.dvc.dossier.DossierPayments;
import vn.dvc.money.Vnd;

/** The dossier's payment in the Dossier API, from the fee decision and the ledger. */
@Component
class LedgerDossierPayments implements DossierPayments {

  static final String FREE = "FREE";
  static final String NOT_REQUESTED = "NOT_REQUESTED";

  private final PaymentLedger ledger;

  LedgerDossierPayments(PaymentLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public Optional<DossierPaymentView> of(String dossierId) {
    List<FeeItem> fee = ledger.feeItems(dossierId);
    List<LedgerEntry> requests = ledger.ofDossier(dossierId);
    if (fee.isEmpty() && requests.isEmpty()) {
      return Optional.empty();
    }
    List<DossierPaymentView.Item> items =
        fee.stream()
            .map(
                i ->
                    new DossierPaymentView.Item(
                        i.item(), i.amountVnd(), Vnd.format(i.amountVnd()), i.reason()))
            .toList();
    if (requests.isEmpty()) {
      long total = fee.stream().mapToLong(FeeItem::amountVnd).sum();
      return Optional.of(
          new DossierPaymentView(
              total <= 0 ? FREE : NOT_REQUESTED,
              Math.max(total, 0),
              Vnd.format(Math.max(total, 0)),
              items,
              null,
              null,
              null,
              null));
    }
    // The latest request is the one that counts: an earlier one expired or was cancelled.
    LedgerEntry latest = requests.get(requests.size() - 1);
    return Optional.of(
        new DossierPaymentView(
            latest.state().name(),
            latest.amountVnd(),
            Vnd.format(latest.amountVnd()),
            items,
            latest.state() == LedgerState.AWAITING ? latest.payUrl() : null,
            latest.deadline(),
            latest.paidAt(),
            latest.receiptNo()));
  }
}
