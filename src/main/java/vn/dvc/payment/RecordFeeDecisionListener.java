package vn.dvc.payment;

import static vn.dvc.payment.FeeVariables.FEE_AMOUNT_VND;
import static vn.dvc.payment.FeeVariables.FEE_ROWS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.money.Vnd;

/**
 * Takes the rows of the fee decision ({@code <procedureKey>-fee}, COLLECT: {@code feeItem,
 * amountVnd, reason}) into the ledger's fee rows, where the citizen and the officer read what is
 * charged and why, and leaves the process only the sum, {@code feeAmountVnd}. The block evaluates
 * the decision once per fee subject: the first evaluation replaces what an earlier attempt
 * recorded, the others add their rows, and the last writes the timeline entry.
 */
@Component("recordFeeDecision")
class RecordFeeDecisionListener implements ExecutionListener {

  private final PaymentLedger ledger;
  private final DossierRepository dossiers;

  RecordFeeDecisionListener(PaymentLedger ledger, DossierRepository dossiers) {
    this.ledger = ledger;
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) execution.getVariable(FEE_ROWS);
    if (rows == null || rows.isEmpty()) {
      // A free procedure says so in a row with its reason; no row is a gap in the table, which
      // must not pass as "free".
      throw new IllegalStateException(
          "The fee decision "
              + execution.getVariable("procedureKey")
              + "-fee gave no row for "
              + execution.getVariable("feeSubject")
              + ": every case needs a row, 0 with its reason when free");
    }
    List<FeeItem> decided = rows.stream().map(RecordFeeDecisionListener::item).toList();
    String dossierId = execution.getProcessBusinessKey();
    int loop = execution.getVariable("loopCounter") instanceof Integer n ? n : 0;
    List<FeeItem> items = new ArrayList<>(loop == 0 ? List.of() : ledger.feeItems(dossierId));
    items.addAll(decided);
    if (items.stream().map(FeeItem::item).distinct().count() != items.size()) {
      throw new IllegalStateException(
          "The fee decision gave the same feeItem twice for the dossier: " + items);
    }
    ledger.recordFeeItems(dossierId, items);
    long total = items.stream().mapToLong(FeeItem::amountVnd).sum();
    FEE_AMOUNT_VND.on(execution).set(total);
    execution.removeVariable(FEE_ROWS);
    boolean last =
        !(execution.getVariable("nrOfInstances") instanceof Integer count) || loop == count - 1;
    if (last) {
      dossiers.addEvent(
          dossierId,
          "FEE_DECIDED",
          (total == 0 ? "Không thu phí, lệ phí" : "Phí, lệ phí phải nộp: " + Vnd.format(total))
              + " — "
              + items.stream()
                  .map(i -> Vnd.format(i.amountVnd()) + ": " + i.reason())
                  .collect(Collectors.joining("; ")));
    }
  }

  private static FeeItem item(Map<String, Object> row) {
    Object item = row.get("feeItem");
    Object amount = row.get("amountVnd");
    Object reason = row.get("reason");
    if (!(item instanceof String name) || name.isBlank()) {
      throw new IllegalStateException("A fee row has no feeItem: " + row);
    }
    if (!(amount instanceof Number number) || number.longValue() < 0) {
      throw new IllegalStateException("A fee row's amountVnd must be 0 or more đồng: " + row);
    }
    if (!(reason instanceof String why) || why.isBlank()) {
      throw new IllegalStateException("A fee row has no reason: " + row);
    }
    return new FeeItem(name, number.longValue(), why);
  }
}
