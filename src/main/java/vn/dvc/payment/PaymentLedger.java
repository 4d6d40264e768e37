package vn.dvc.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.registry.payment.PaymentRequest;
import vn.dvc.time.EngineClock;

/**
 * Our books of what dossiers owe and what was paid: the fee decision's rows, one entry per payment
 * request made to the platform, and the claims on things that may be paid once only. Runs in the
 * caller's transaction (a job's, or a callback's), so an entry and the process step that made it
 * commit together.
 */
@Repository
public class PaymentLedger {

  private static final String ENTRY =
      "select request_id, dossier_id, amount_vnd, payer_pin, state, pay_url, requested_at,"
          + " deadline, paid_amount_vnd, paid_at, transaction_ref, receipt_no from dossier_payment";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  PaymentLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Replaces the dossier's fee rows, so that deciding again (a retried job) leaves one set. */
  public void recordFeeItems(String dossierId, List<FeeItem> items) {
    jdbc.update("delete from dossier_fee_item where dossier_id = ?", dossierId);
    jdbc.batchUpdate(
        "insert into dossier_fee_item (dossier_id, item, amount_vnd, reason) values (?,?,?,?)",
        items.stream()
            .map(i -> new Object[] {dossierId, i.item(), i.amountVnd(), i.reason()})
            .toList());
  }

  public List<FeeItem> feeItems(String dossierId) {
    return jdbc.query(
        "select item, amount_vnd, reason from dossier_fee_item where dossier_id = ? order by item",
        (rs, n) ->
            new FeeItem(rs.getString("item"), rs.getLong("amount_vnd"), rs.getString("reason")),
        dossierId);
  }

  /**
   * Enters a request the platform accepted, AWAITING its confirmation until {@code deadline}.
   * Entering the same request again (a retried job that got the same request back) changes nothing.
   */
  public LedgerEntry open(PaymentRequest request, Instant deadline) {
    if (find(request.requestId()).isEmpty()) {
      Instant now = EngineClock.now();
      jdbc.update(
          "insert into dossier_payment (request_id, dossier_id, amount_vnd, payer_pin, state,"
              + " pay_url, requested_at, deadline, updated_at) values (?,?,?,?,?,?,?,?,?)",
          request.requestId(),
          request.dossierId(),
          request.amountVnd(),
          request.payerPin().value(),
          LedgerState.AWAITING.name(),
          request.payUrl(),
          utc(now),
          utc(deadline),
          utc(now));
    }
    return find(request.requestId()).orElseThrow();
  }

  public Optional<LedgerEntry> find(String requestId) {
    return jdbc.query(ENTRY + " where request_id = ?", PaymentLedger::entry, requestId).stream()
        .findFirst();
  }

  /**
   * The entry of a request the process itself made: its absence means a broken process, not a
   * user's mistake.
   */
  public LedgerEntry requested(String requestId) {
    return find(requestId).orElseThrow(() -> noEntry(requestId));
  }

  /** {@link #requested}, its row locked as {@link #lock} does. */
  public LedgerEntry lockRequested(String requestId) {
    return lock(requestId).orElseThrow(() -> noEntry(requestId));
  }

  private static IllegalStateException noEntry(String requestId) {
    return new IllegalStateException("No ledger entry for payment request " + requestId);
  }

  /**
   * The entry, its row locked until the transaction ends: two confirmations of one request (a
   * duplicate, a race between nodes) take turns, and the second sees the first's result.
   */
  public Optional<LedgerEntry> lock(String requestId) {
    return jdbc
        .query(ENTRY + " where request_id = ? for update", PaymentLedger::entry, requestId)
        .stream()
        .findFirst();
  }

  /** The dossier's requests, oldest first. */
  public List<LedgerEntry> ofDossier(String dossierId) {
    return jdbc.query(
        ENTRY + " where dossier_id = ? order by requested_at, request_id",
        PaymentLedger::entry,
        dossierId);
  }

  /** Entries paid (or paid with a wrong amount) between two instants, for the reconciliation. */
  public List<LedgerEntry> paidBetween(Instant from, Instant to) {
    return jdbc.query(
        ENTRY + " where paid_at >= ? and paid_at < ? order by paid_at, request_id",
        PaymentLedger::entry,
        utc(from),
        utc(to));
  }

  /**
   * Settles an AWAITING entry as paid (or as paid with another amount). Answers false, changing
   * nothing, when the entry is no longer AWAITING: whatever the callbacks do, a request is settled
   * once.
   */
  public boolean settle(
      String requestId,
      LedgerState state,
      long paidAmountVnd,
      Instant paidAt,
      String transactionRef) {
    if (state != LedgerState.PAID && state != LedgerState.AMOUNT_MISMATCH) {
      throw new IllegalArgumentException("A payment settles as PAID or AMOUNT_MISMATCH");
    }
    return jdbc.update(
            "update dossier_payment set state = ?, paid_amount_vnd = ?, paid_at = ?,"
                + " transaction_ref = ?, updated_at = ? where request_id = ? and state = ?",
            state.name(),
            paidAmountVnd,
            utc(paidAt),
            transactionRef,
            utc(EngineClock.now()),
            requestId,
            LedgerState.AWAITING.name())
        == 1;
  }

  /**
   * Moves an entry from {@code from} to {@code to} (AWAITING to EXPIRED, AMOUNT_MISMATCH to PAID
   * once an officer accepts it…); false when it is not in {@code from}.
   */
  public boolean move(String requestId, LedgerState from, LedgerState to) {
    return jdbc.update(
            "update dossier_payment set state = ?, updated_at = ? where request_id = ? and state = ?",
            to.name(),
            utc(EngineClock.now()),
            requestId,
            from.name())
        == 1;
  }

  public void setReceiptNo(String requestId, String receiptNo) {
    jdbc.update(
        "update dossier_payment set receipt_no = ?, updated_at = ? where request_id = ?",
        receiptNo,
        utc(EngineClock.now()),
        requestId);
  }

  /**
   * Claims {@code subject} (a thing that may be paid once, like a penalty decision) for the
   * dossier. Answers the dossier that holds it when another holds it; {@code stillHolds} tells
   * whether that dossier still holds it (it is open, or it paid), else the claim passes to this
   * dossier. Of two dossiers claiming at the same moment, one insert fails on the key and that
   * dossier is told the other holds it. The attempt runs at a savepoint: on PostgreSQL the failed
   * insert aborts the whole transaction, and only rolling back to the savepoint lets it read the
   * winner's claim.
   */
  public Optional<String> claim(String subject, String dossierId, Predicate<String> stillHolds) {
    try {
      return savepoint.execute(status -> claimOnce(subject, dossierId, stillHolds));
    } catch (DuplicateKeyException raced) {
      return claimOnce(subject, dossierId, stillHolds);
    }
  }

  /** The dossier holding the claim on {@code subject}, if any. */
  public Optional<String> holderOf(String subject) {
    return jdbc
        .queryForList(
            "select dossier_id from payment_claim where subject = ?", String.class, subject)
        .stream()
        .findFirst();
  }

  private Optional<String> claimOnce(
      String subject, String dossierId, Predicate<String> stillHolds) {
    List<String> holders =
        jdbc.queryForList(
            "select dossier_id from payment_claim where subject = ? for update",
            String.class,
            subject);
    if (holders.isEmpty()) {
      jdbc.update(
          "insert into payment_claim (subject, dossier_id, claimed_at) values (?,?,?)",
          subject,
          dossierId,
          utc(EngineClock.now()));
      return Optional.empty();
    }
    String holder = holders.get(0);
    if (holder.equals(dossierId)) {
      return Optional.empty();
    }
    if (stillHolds.test(holder)) {
      return Optional.of(holder);
    }
    jdbc.update(
        "update payment_claim set dossier_id = ?, claimed_at = ? where subject = ?",
        dossierId,
        utc(EngineClock.now()),
        subject);
    return Optional.empty();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static LedgerEntry entry(ResultSet rs, int n) throws SQLException {
    return new LedgerEntry(
        rs.getString("request_id"),
        rs.getString("dossier_id"),
        rs.getLong("amount_vnd"),
        rs.getString("payer_pin"),
        LedgerState.valueOf(rs.getString("state")),
        rs.getString("pay_url"),
        instant(rs, "requested_at"),
        instant(rs, "deadline"),
        rs.getObject("paid_amount_vnd", Long.class),
        instant(rs, "paid_at"),
        rs.getString("transaction_ref"),
        rs.getString("receipt_no"));
  }
}
