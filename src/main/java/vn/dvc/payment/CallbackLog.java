package vn.dvc.payment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dvc.registry.payment.PaymentCallback;
import vn.dvc.time.EngineClock;

/**
 * Every callback received and what we answered ({@code payment_callback}). Runs in the caller's
 * transaction, so that a processed callback's row commits with the settlement it made.
 */
@Repository
class CallbackLog {

  /** One logged callback; the callback's own fields are null when it was not genuine. */
  record Entry(
      long id,
      Instant receivedAt,
      String callbackId,
      String requestId,
      String dossierId,
      String event,
      Long amountVnd,
      Long sequence,
      CallbackOutcome outcome,
      int httpStatus,
      String detail,
      boolean processed) {}

  private static final String ENTRY =
      "select id, received_at, processed_callback_id, callback_id, request_id, dossier_id, event,"
          + " amount_vnd, sequence_no, outcome, http_status, detail from payment_callback";

  private final JdbcTemplate jdbc;

  CallbackLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Logs a callback. A genuine one answered for good ({@link CallbackOutcome#claimsCallbackId()})
   * takes its callbackId: a second insert of the same id fails on the unique key.
   */
  void record(PaymentCallback callback, CallbackOutcome outcome, String detail, String bodySha256) {
    jdbc.update(
        "insert into payment_callback (received_at, processed_callback_id, callback_id,"
            + " request_id, dossier_id, event, amount_vnd, sequence_no, outcome, http_status,"
            + " detail, body_sha256) values (?,?,?,?,?,?,?,?,?,?,?,?)",
        EngineClock.now().atOffset(ZoneOffset.UTC),
        callback != null && outcome.claimsCallbackId() ? callback.callbackId() : null,
        callback == null ? null : callback.callbackId(),
        callback == null ? null : callback.requestId(),
        callback == null ? null : callback.dossierId(),
        callback == null || callback.event() == null ? null : callback.event().name(),
        callback == null ? null : callback.amountVnd(),
        callback == null ? null : callback.sequence(),
        outcome.name(),
        outcome.status().value(),
        detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)),
        bodySha256);
  }

  /** The callback dealt with for good under this id, if any. */
  Optional<Entry> processed(String callbackId) {
    return jdbc
        .query(ENTRY + " where processed_callback_id = ?", CallbackLog::entry, callbackId)
        .stream()
        .findFirst();
  }

  /** The highest sequence of the request's events dealt with so far. */
  Optional<Long> highestSequence(String requestId) {
    return Optional.ofNullable(
        jdbc.queryForObject(
            "select max(sequence_no) from payment_callback where request_id = ?"
                + " and processed_callback_id is not null",
            Long.class,
            requestId));
  }

  /** The log of one request, oldest first. */
  List<Entry> ofRequest(String requestId) {
    return jdbc.query(ENTRY + " where request_id = ? order by id", CallbackLog::entry, requestId);
  }

  /** The callbacks received with exactly this body (by its SHA-256), oldest first. */
  List<Entry> refusedWithBody(String bodySha256) {
    return jdbc.query(
        ENTRY + " where body_sha256 = ? and processed_callback_id is null order by id",
        CallbackLog::entry,
        bodySha256);
  }

  private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Entry(
        rs.getLong("id"),
        rs.getObject("received_at", java.time.OffsetDateTime.class).toInstant(),
        rs.getString("callback_id"),
        rs.getString("request_id"),
        rs.getString("dossier_id"),
        rs.getString("event"),
        rs.getObject("amount_vnd", Long.class),
        rs.getObject("sequence_no", Long.class),
        CallbackOutcome.valueOf(rs.getString("outcome")),
        rs.getInt("http_status"),
        rs.getString("detail"),
        rs.getString("processed_callback_id") != null);
  }
}
