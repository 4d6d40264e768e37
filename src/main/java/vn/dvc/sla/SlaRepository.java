package vn.dvc.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class SlaRepository {

  private final JdbcTemplate jdbc;

  SlaRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void open(String dossierId, String procedureKey, String communeCode, String provinceCode) {
    jdbc.update(
        "insert into dossier_sla (dossier_id, procedure_key, commune_code, province_code,"
            + " clock_state) values (?, ?, ?, ?, ?)",
        dossierId,
        procedureKey,
        communeCode,
        provinceCode,
        ClockState.NOT_STARTED.name());
  }

  Optional<DossierSla> find(String dossierId) {
    return jdbc
        .query("select * from dossier_sla where dossier_id = ?", SlaRepository::row, dossierId)
        .stream()
        .findFirst();
  }

  void run(String dossierId, Instant startedAt, Instant dueDate, int pausedWorkingDays) {
    jdbc.update(
        "update dossier_sla set clock_state = ?, started_at = coalesce(started_at, ?),"
            + " paused_at = null, remaining_amount = null, paused_working_days = ?, due_date = ?,"
            + " warned_at = null, escalated_at = null where dossier_id = ?",
        ClockState.RUNNING.name(),
        utc(startedAt),
        pausedWorkingDays,
        utc(dueDate),
        dossierId);
  }

  void pause(String dossierId, Instant pausedAt, int remainingAmount) {
    jdbc.update(
        "update dossier_sla set clock_state = ?, paused_at = ?, remaining_amount = ?"
            + " where dossier_id = ?",
        ClockState.PAUSED.name(),
        utc(pausedAt),
        remainingAmount,
        dossierId);
  }

  /** Records the first warning only; returns whether this call recorded it. */
  boolean markWarned(String dossierId, Instant at) {
    return jdbc.update(
            "update dossier_sla set warned_at = ? where dossier_id = ? and warned_at is null",
            utc(at),
            dossierId)
        == 1;
  }

  /** Records the first escalation only; returns whether this call recorded it. */
  boolean markEscalated(String dossierId, Instant at) {
    return jdbc.update(
            "update dossier_sla set escalated_at = ? where dossier_id = ? and escalated_at is null",
            utc(at),
            dossierId)
        == 1;
  }

  void finish(String dossierId, Instant at, Boolean onTime, Integer processingWorkingDays) {
    jdbc.update(
        "update dossier_sla set clock_state = ?, finished_at = ?, on_time = ?,"
            + " processing_working_days = ? where dossier_id = ? and finished_at is null",
        ClockState.STOPPED.name(),
        utc(at),
        onTime,
        processingWorkingDays,
        dossierId);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static DossierSla row(ResultSet rs, int n) throws SQLException {
    return new DossierSla(
        rs.getString("dossier_id"),
        rs.getString("procedure_key"),
        rs.getString("commune_code"),
        rs.getString("province_code"),
        ClockState.valueOf(rs.getString("clock_state")),
        instant(rs, "started_at"),
        instant(rs, "paused_at"),
        (Integer) rs.getObject("remaining_amount"),
        rs.getInt("paused_working_days"),
        instant(rs, "due_date"),
        instant(rs, "warned_at"),
        instant(rs, "escalated_at"),
        instant(rs, "finished_at"),
        (Boolean) rs.getObject("on_time"),
        (Integer) rs.getObject("processing_working_days"));
  }
}
