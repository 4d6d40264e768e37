package vn.dvc.payment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.time.EngineClock;

/**
 * What the payment platform and its confirmation endpoint do to a waiting {@code collect-fee}, for
 * the tests: pay a request at the sandbox platform, and confirm it exactly as the endpoint's
 * contract says — lock and settle the ledger entry, and correlate the message with the business key
 * and {@code paymentRequestId}, in one transaction. Also deploys the test's fee decisions.
 */
@Component
public class FeeCollection {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final PaymentLedger ledger;
  private final RuntimeService runtime;
  private final RepositoryService repository;

  FeeCollection(
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      PaymentLedger ledger,
      RuntimeService runtime,
      RepositoryService repository) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.ledger = ledger;
    this.runtime = runtime;
    this.repository = repository;
  }

  /** The dossier's one payment request. */
  public LedgerEntry request(String dossier) {
    List<LedgerEntry> entries = ledger.ofDossier(dossier);
    if (entries.size() != 1) {
      throw new AssertionError("Expected one payment request of " + dossier + ": " + entries);
    }
    return entries.get(0);
  }

  /** The payer pays {@code amountVnd} at the sandbox platform (the request is PAID there). */
  public void payAtPlatform(String requestId, long amountVnd, String transactionRef) {
    jdbc.update(
        "update sandbox_payment_request set state = 'PAID', paid_amount_vnd = ?, paid_at = ?,"
            + " transaction_ref = ? where request_id = ?",
        amountVnd,
        Timestamp.from(EngineClock.now()),
        transactionRef,
        requestId);
  }

  /** Pays and confirms as the endpoint does: PaymentConfirmed, or PaymentAmountDiffers. */
  public void pay(String dossier, long amountVnd) {
    LedgerEntry entry = request(dossier);
    String transactionRef = "TX-" + entry.requestId().substring(4, 12);
    payAtPlatform(entry.requestId(), amountVnd, transactionRef);
    boolean asked = amountVnd == entry.amountVnd();
    transaction.executeWithoutResult(
        status -> {
          ledger.lock(entry.requestId()).orElseThrow();
          if (!ledger.settle(
              entry.requestId(),
              asked ? LedgerState.PAID : LedgerState.AMOUNT_MISMATCH,
              amountVnd,
              EngineClock.now(),
              transactionRef)) {
            throw new IllegalStateException("Not AWAITING: " + entry.requestId());
          }
          runtime
              .createMessageCorrelation(asked ? "PaymentConfirmed" : "PaymentAmountDiffers")
              .processInstanceBusinessKey(dossier)
              .processInstanceVariableEquals("paymentRequestId", entry.requestId())
              .correlate();
        });
  }

  /**
   * Deploys {@code <procedureKey>-fee} charging {@code amountVnd} for a dossier without fee
   * subjects and, per subject, its {@code amount} as fine {@code no} (read from the Java map in
   * FEEL); answers the deployment to delete.
   */
  public String deployFeeDecision(String procedureKey, long amountVnd) {
    String dmn =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_TestFee"
            name="Test fee" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="%1$s-fee" name="Test fee" camunda:historyTimeToLive="1">
            <decisionTable id="DecisionTable_TestFee" hitPolicy="COLLECT">
              <input id="Input_FineNo">
                <inputExpression id="InputExpression_FineNo" typeRef="string">
                  <text>feeSubject.no</text>
                </inputExpression>
              </input>
              <output id="Output_FeeItem" name="feeItem" typeRef="string" />
              <output id="Output_AmountVnd" name="amountVnd" typeRef="long" />
              <output id="Output_Reason" name="reason" typeRef="string" />
              <rule id="Rule_Fee">
                <inputEntry id="InputEntry_Fee"><text>null</text></inputEntry>
                <outputEntry id="OutputEntry_Fee_Item"><text>"FEE"</text></outputEntry>
                <outputEntry id="OutputEntry_Fee_Amount"><text>%2$d</text></outputEntry>
                <outputEntry id="OutputEntry_Fee_Reason"><text>"Lệ phí nộp trực tuyến"</text></outputEntry>
              </rule>
              <rule id="Rule_Fine">
                <inputEntry id="InputEntry_Fine"><text>not(null)</text></inputEntry>
                <outputEntry id="OutputEntry_Fine_Item"><text>"FINE-" + feeSubject.no</text></outputEntry>
                <outputEntry id="OutputEntry_Fine_Amount"><text>feeSubject.amount</text></outputEntry>
                <outputEntry id="OutputEntry_Fine_Reason"><text>"Tiền phạt theo quyết định " + feeSubject.no</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """
            .formatted(procedureKey, amountVnd);
    return repository
        .createDeployment()
        .addString("test-" + procedureKey + "-fee.dmn", dmn)
        .deploy()
        .getId();
  }

  /** Fee rows of the dossier, as "item=amount". */
  public List<String> feeRows(String dossier) {
    return ledger.feeItems(dossier).stream().map(i -> i.item() + "=" + i.amountVnd()).toList();
  }

  public String platformState(String requestId) {
    return jdbc.queryForObject(
        "select state from sandbox_payment_request where request_id = ?", String.class, requestId);
  }

  public static Instant now() {
    return EngineClock.now();
  }
}
