package vn.dvc.payment;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored reconciliation reports, one per day. */
@Repository
class ReconciliationRepository {

  private final JdbcTemplate jdbc;

  ReconciliationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the day's report in place of any earlier run of the same day. */
  void replace(Reconciliation report) {
    Date day = Date.valueOf(report.day());
    jdbc.update("delete from payment_reconciliation_line where statement_day = ?", day);
    jdbc.update("delete from payment_reconciliation where statement_day = ?", day);
    jdbc.update(
        "insert into payment_reconciliation (statement_day, ran_at, statement_lines, ledger_paid)"
            + " values (?,?,?,?)",
        day,
        report.ranAt().atOffset(ZoneOffset.UTC),
        report.statementLines(),
        report.ledgerPaid());
    jdbc.batchUpdate(
        "insert into payment_reconciliation_line (statement_day, kind, request_id, dossier_id,"
            + " province_code, platform_amount_vnd, ledger_amount_vnd, ledger_paid_vnd,"
            + " ledger_state, transaction_ref, detail) values (?,?,?,?,?,?,?,?,?,?,?)",
        report.mismatches().stream()
            .map(
                l ->
                    new Object[] {
                      day,
                      l.kind().name(),
                      l.requestId(),
                      l.dossierId(),
                      l.provinceCode(),
                      l.platformAmountVnd(),
                      l.ledgerAmountVnd(),
                      l.ledgerPaidVnd(),
                      l.ledgerState(),
                      l.transactionRef(),
                      l.detail()
                    })
            .toList());
  }

  Optional<Reconciliation> find(LocalDate day) {
    Date date = Date.valueOf(day);
    List<Reconciliation.Line> lines =
        jdbc.query(
            "select kind, request_id, dossier_id, province_code, platform_amount_vnd,"
                + " ledger_amount_vnd, ledger_paid_vnd, ledger_state, transaction_ref, detail"
                + " from payment_reconciliation_line where statement_day = ? order by id",
            (rs, n) ->
                new Reconciliation.Line(
                    MismatchKind.valueOf(rs.getString("kind")),
                    rs.getString("request_id"),
                    rs.getString("dossier_id"),
                    rs.getString("province_code"),
                    rs.getObject("platform_amount_vnd", Long.class),
                    rs.getObject("ledger_amount_vnd", Long.class),
                    rs.getObject("ledger_paid_vnd", Long.class),
                    rs.getString("ledger_state"),
                    rs.getString("transaction_ref"),
                    rs.getString("detail")),
            date);
    return jdbc
        .query(
            "select ran_at, statement_lines, ledger_paid from payment_reconciliation"
                + " where statement_day = ?",
            (rs, n) ->
                new Reconciliation(
                    day,
                    rs.getObject("ran_at", OffsetDateTime.class).toInstant(),
                    rs.getInt("statement_lines"),
                    rs.getInt("ledger_paid"),
                    lines),
            date)
        .stream()
        .findFirst();
  }

  /** The mismatches of the report run last, by kind (every kind present, zero when none). */
  Map<MismatchKind, Long> lastCounts() {
    Map<MismatchKind, Long> counts = new EnumMap<>(MismatchKind.class);
    for (MismatchKind kind : MismatchKind.values()) {
      counts.put(kind, 0L);
    }
    jdbc.query(
        "select kind, count(*) as n from payment_reconciliation_line where statement_day = ("
            + " select statement_day from payment_reconciliation order by ran_at desc,"
            + " statement_day desc limit 1) group by kind",
        rs -> {
          counts.put(MismatchKind.valueOf(rs.getString("kind")), rs.getLong("n"));
        });
    return counts;
  }
}
