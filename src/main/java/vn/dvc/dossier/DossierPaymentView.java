package vn.dvc.dossier;

import java.time.Instant;
import java.util.List;

/**
 * The {@code payment} member of a dossier in the Dossier API.
 *
 * @param state the latest request's state in the ledger (AWAITING, PAID, AMOUNT_MISMATCH, EXPIRED,
 *     CANCELLED), or FREE when the fee decided is nothing, NOT_REQUESTED before a request is made
 * @param amountVnd what is asked, in whole đồng
 * @param amount the same as people read it ("4.024.000 ₫")
 * @param items the rows of the fee decision, with their reasons
 * @param payUrl where to pay, while the request awaits payment
 * @param deadline until when the request may be paid
 * @param paidAt when it was paid
 * @param receiptNo the electronic receipt's number, once issued
 */
public record DossierPaymentView(
    String state,
    long amountVnd,
    String amount,
    List<Item> items,
    String payUrl,
    Instant deadline,
    Instant paidAt,
    String receiptNo) {

  public DossierPaymentView {
    items = List.copyOf(items);
  }

  public record Item(String item, long amountVnd, String amount, String reason) {}
}
