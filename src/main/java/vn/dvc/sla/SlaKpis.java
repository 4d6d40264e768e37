package vn.dvc.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dvc.time.EngineClock;

/**
 * Computes the on-time KPIs from {@code dossier_sla} in two indexed queries — open dossiers ({@code
 * finished_at is null}) and dossiers finished in the period — so that neither scans the million
 * finished dossiers of earlier years.
 */
@Service
class SlaKpis {

  private final JdbcTemplate jdbc;
  private final Deadlines deadlines;
  private final SlaProperties properties;

  SlaKpis(JdbcTemplate jdbc, Deadlines deadlines, SlaProperties properties) {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.properties = properties;
  }

  record Key(String procedure, String communeCode, String provinceCode) {}

  private static final class Counts {
    long open;
    long dueSoon;
    long overdue;
    long onTime;
    long late;
    long processingDays;
  }

  List<SlaFigures> figures(SlaQuery query) {
    Instant now = EngineClock.now();
    Instant soon = deadlines.dueSoonHorizon(now, properties.dueSoonWorkingDays());
    Map<Key, Counts> groups = new LinkedHashMap<>();

    Where open = where(query).and("finished_at is null");
    jdbc.query(
        "select "
            + columns(query)
            + " count(*) as open_count,"
            + " sum(case when clock_state = 'RUNNING' and due_date >= ? and due_date <= ?"
            + " then 1 else 0 end) as due_soon,"
            + " sum(case when clock_state = 'RUNNING' and due_date < ? then 1 else 0 end) as overdue"
            + " from dossier_sla"
            + open.sql()
            + groupBy(query),
        rs -> {
          Counts counts = groups.computeIfAbsent(key(rs, query), k -> new Counts());
          counts.open += rs.getLong("open_count");
          counts.dueSoon += rs.getLong("due_soon");
          counts.overdue += rs.getLong("overdue");
        },
        open.arguments(SlaRepository.utc(now), SlaRepository.utc(soon), SlaRepository.utc(now)));

    Where finished =
        where(query)
            .and("finished_at >= ?", SlaRepository.utc(query.from()))
            .and("finished_at < ?", SlaRepository.utc(query.to()))
            .and("on_time is not null");
    jdbc.query(
        "select "
            + columns(query)
            + " sum(case when on_time then 1 else 0 end) as on_time,"
            + " sum(case when on_time then 0 else 1 end) as late,"
            + " sum(processing_working_days) as processing_days"
            + " from dossier_sla"
            + finished.sql()
            + groupBy(query),
        rs -> {
          Counts counts = groups.computeIfAbsent(key(rs, query), k -> new Counts());
          counts.onTime += rs.getLong("on_time");
          counts.late += rs.getLong("late");
          counts.processingDays += rs.getLong("processing_days");
        },
        finished.arguments());

    List<SlaFigures> figures = new ArrayList<>();
    groups.forEach(
        (key, c) ->
            figures.add(
                SlaFigures.of(
                    key.procedure(),
                    key.communeCode(),
                    key.provinceCode(),
                    c.open,
                    c.dueSoon,
                    c.overdue,
                    c.onTime,
                    c.late,
                    c.processingDays)));
    figures.sort(
        Comparator.comparing(
                SlaFigures::provinceCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(
                SlaFigures::communeCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(
                SlaFigures::procedure, Comparator.nullsFirst(Comparator.naturalOrder())));
    return figures;
  }

  private static String columns(SlaQuery query) {
    StringBuilder columns = new StringBuilder();
    if (query.groupBy().contains("procedure")) {
      columns.append(" procedure_key,");
    }
    if (query.groupBy().contains("commune")) {
      columns.append(" commune_code,");
    }
    if (query.groupBy().contains("province") || query.groupBy().contains("commune")) {
      columns.append(" province_code,");
    }
    return columns.toString();
  }

  private static String groupBy(SlaQuery query) {
    String columns = columns(query).strip();
    return columns.isEmpty() ? "" : " group by " + columns.substring(0, columns.length() - 1);
  }

  private static Key key(ResultSet rs, SlaQuery query) throws SQLException {
    boolean province = query.groupBy().contains("province") || query.groupBy().contains("commune");
    return new Key(
        query.groupBy().contains("procedure") ? rs.getString("procedure_key") : null,
        query.groupBy().contains("commune") ? rs.getString("commune_code") : null,
        province ? rs.getString("province_code") : null);
  }

  private static Where where(SlaQuery query) {
    Where where = new Where();
    if (query.procedure() != null) {
      where.and("procedure_key = ?", query.procedure());
    }
    if (query.communeCode() != null) {
      where.and("commune_code = ?", query.communeCode());
    }
    if (query.provinces() != null && !query.provinces().isEmpty()) {
      where.and(
          "province_code in ("
              + String.join(",", query.provinces().stream().map(p -> "?").toList())
              + ")",
          query.provinces().toArray());
    }
    return where;
  }

  /** A where clause with its arguments, built from optional filters. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> arguments = new ArrayList<>();

    Where and(String condition, Object... values) {
      conditions.add(condition);
      arguments.addAll(List.of(values));
      return this;
    }

    String sql() {
      return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The select list's own arguments first, then the filters'. */
    Object[] arguments(Object... leading) {
      List<Object> all = new ArrayList<>(List.of(leading));
      all.addAll(arguments);
      return all.stream().map(Objects::requireNonNull).toArray();
    }
  }
}
