package vn.dvc.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.time.EngineClock;

/**
 * Computes the on-time KPIs from {@code dossier_sla} in two indexed queries — open dossiers ({@code
 * finished_at is null}) and dossiers finished in the period — so that neither scans the million
 * finished dossiers of earlier years — and lists the dossiers behind a figure.
 */
@Service
class SlaKpis {

  static final int MAX_LISTED = 500;

  private final NamedParameterJdbcTemplate jdbc;
  private final Deadlines deadlines;
  private final SlaProperties properties;
  private final AdministrativeUnits units;

  SlaKpis(
      NamedParameterJdbcTemplate jdbc,
      Deadlines deadlines,
      SlaProperties properties,
      AdministrativeUnits units) {
    this.jdbc = jdbc;
    this.deadlines = deadlines;
    this.properties = properties;
    this.units = units;
  }

  private String communeName(String code) {
    return units.commune(code).map(Commune::name).orElse(null);
  }

  record Key(String procedure, String communeCode, String provinceCode) {}

  record ListedDossier(
      String dossierId,
      String processInstanceId,
      String procedure,
      String communeCode,
      String provinceCode,
      String clockState,
      Instant dueDate,
      Instant finishedAt,
      Boolean onTime,
      Instant warnedAt,
      Instant escalatedAt) {}

  private static final class Counts {
    final long[] figures = new long[Figure.values().length];
    long processingDays;
  }

  List<SlaFigures> figures(SlaQuery query) {
    MapSqlParameterSource parameters = parameters(query);
    String where = filters(query, parameters);
    Map<Key, Counts> groups = new LinkedHashMap<>();
    countOpen(query, parameters, where, groups);
    countFinished(query, parameters, where, groups);
    return figuresOf(groups);
  }

  /**
   * Only the dossiers finished in the query's period (on time, late), without the open ones: what
   * the weekly trend needs, one query a week instead of two.
   */
  List<SlaFigures> finishedFigures(SlaQuery query) {
    MapSqlParameterSource parameters = parameters(query);
    String where = filters(query, parameters);
    Map<Key, Counts> groups = new LinkedHashMap<>();
    countFinished(query, parameters, where, groups);
    return figuresOf(groups);
  }

  private void countOpen(
      SlaQuery query, MapSqlParameterSource parameters, String where, Map<Key, Counts> groups) {
    List<Figure> open = List.of(Figure.OPEN, Figure.DUE_SOON, Figure.OVERDUE);
    jdbc.query(
        "select "
            + columns(query)
            + sums(open)
            + " from dossier_sla where "
            + Figure.OPEN.condition
            + where
            + groupBy(query),
        parameters,
        rs -> {
          Counts counts = groups.computeIfAbsent(key(rs, query), k -> new Counts());
          for (Figure figure : open) {
            counts.figures[figure.ordinal()] += rs.getLong(figure.name());
          }
        });
  }

  private void countFinished(
      SlaQuery query, MapSqlParameterSource parameters, String where, Map<Key, Counts> groups) {
    List<Figure> finished = List.of(Figure.FINISHED_ON_TIME, Figure.FINISHED_LATE);
    jdbc.query(
        "select "
            + columns(query)
            + sums(finished)
            + ", sum(processing_working_days) as processing_days from dossier_sla"
            + " where finished_at >= :from and finished_at < :to and on_time is not null"
            + where
            + groupBy(query),
        parameters,
        rs -> {
          Counts counts = groups.computeIfAbsent(key(rs, query), k -> new Counts());
          for (Figure figure : finished) {
            counts.figures[figure.ordinal()] += rs.getLong(figure.name());
          }
          counts.processingDays += rs.getLong("processing_days");
        });
  }

  private List<SlaFigures> figuresOf(Map<Key, Counts> groups) {
    List<SlaFigures> figures = new ArrayList<>();
    groups.forEach(
        (key, c) ->
            figures.add(
                SlaFigures.of(
                    key.procedure(),
                    key.communeCode(),
                    communeName(key.communeCode()),
                    key.provinceCode(),
                    c.figures[Figure.OPEN.ordinal()],
                    c.figures[Figure.DUE_SOON.ordinal()],
                    c.figures[Figure.OVERDUE.ordinal()],
                    c.figures[Figure.FINISHED_ON_TIME.ordinal()],
                    c.figures[Figure.FINISHED_LATE.ordinal()],
                    c.processingDays)));
    Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    figures.sort(
        Comparator.comparing(SlaFigures::provinceCode, nullsFirst)
            .thenComparing(SlaFigures::communeCode, nullsFirst)
            .thenComparing(SlaFigures::procedure, nullsFirst));
    return figures;
  }

  /** The dossiers counted in one figure, soonest due or latest finished first. */
  List<ListedDossier> dossiers(Figure figure, SlaQuery query) {
    MapSqlParameterSource parameters = parameters(query).addValue("limit", MAX_LISTED);
    return jdbc.query(
        // A scalar subquery rather than a join keeps the figure's conditions unambiguous.
        "select dossier_sla.*, (select process_instance_id from dossier"
            + " where dossier.id = dossier_sla.dossier_id) as process_instance_id"
            + " from dossier_sla where "
            + figure.condition
            + filters(query, parameters)
            + (figure.open() ? " order by due_date" : " order by finished_at desc")
            + " limit :limit",
        parameters,
        (rs, n) ->
            new ListedDossier(
                rs.getString("dossier_id"),
                rs.getString("process_instance_id"),
                rs.getString("procedure_key"),
                rs.getString("commune_code"),
                rs.getString("province_code"),
                rs.getString("clock_state"),
                SlaRepository.instant(rs, "due_date"),
                SlaRepository.instant(rs, "finished_at"),
                (Boolean) rs.getObject("on_time"),
                SlaRepository.instant(rs, "warned_at"),
                SlaRepository.instant(rs, "escalated_at")));
  }

  private MapSqlParameterSource parameters(SlaQuery query) {
    Instant now = EngineClock.now();
    return new MapSqlParameterSource()
        .addValue("now", SlaRepository.utc(now))
        .addValue(
            "soon",
            SlaRepository.utc(deadlines.dueSoonHorizon(now, properties.dueSoonWorkingDays())))
        .addValue("from", SlaRepository.utc(query.from()))
        .addValue("to", SlaRepository.utc(query.to()));
  }

  private static String sums(List<Figure> figures) {
    return String.join(
        ",",
        figures.stream()
            .map(f -> " sum(case when " + f.condition + " then 1 else 0 end) as " + f.name())
            .toList());
  }

  private static String columns(SlaQuery query) {
    StringBuilder columns = new StringBuilder();
    if (query.groupBy().contains("procedure")) {
      columns.append(" procedure_key,");
    }
    if (query.groupBy().contains("commune")) {
      columns.append(" commune_code,");
    }
    if (groupsByProvince(query)) {
      columns.append(" province_code,");
    }
    return columns.toString();
  }

  private static String groupBy(SlaQuery query) {
    String columns = columns(query).strip();
    return columns.isEmpty() ? "" : " group by " + columns.substring(0, columns.length() - 1);
  }

  /** A commune's figures always carry its province, for scoping and links. */
  private static boolean groupsByProvince(SlaQuery query) {
    return query.groupBy().contains("province") || query.groupBy().contains("commune");
  }

  private static Key key(ResultSet rs, SlaQuery query) throws SQLException {
    return new Key(
        query.groupBy().contains("procedure") ? rs.getString("procedure_key") : null,
        query.groupBy().contains("commune") ? rs.getString("commune_code") : null,
        groupsByProvince(query) ? rs.getString("province_code") : null);
  }

  private static String filters(SlaQuery query, MapSqlParameterSource parameters) {
    StringBuilder where = new StringBuilder();
    if (query.procedure() != null) {
      where.append(" and procedure_key = :procedure");
      parameters.addValue("procedure", query.procedure());
    }
    if (query.communeCode() != null) {
      where.append(" and commune_code = :communeCode");
      parameters.addValue("communeCode", query.communeCode());
    }
    if (query.provinces() != null && !query.provinces().isEmpty()) {
      where.append(" and province_code in (:provinces)");
      parameters.addValue("provinces", query.provinces());
    }
    return where.toString();
  }
}
