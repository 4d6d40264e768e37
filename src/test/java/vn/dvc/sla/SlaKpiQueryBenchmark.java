package vn.dvc.sla;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.calendar.CalendarProperties;
import vn.dvc.calendar.WorkingCalendar;

/**
 * How the KPI queries behave at a million finished dossiers on PostgreSQL: prints the time of each
 * query shape and its plan. A benchmark, not a test — it asserts nothing about time and runs only
 * when named: {@code ./mvnw test -Dtest=SlaKpiQueryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SlaKpiQueryBenchmark {

  private static final int FINISHED = 1_000_000;
  private static final int OPEN = 20_000;

  @Test
  void kpiQueriesAtAMillionFinishedDossiers() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource dataSource = postgres.getPostgresDatabase();
      Flyway.configure().dataSource(dataSource).table("dvc_schema_history").load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      long seeding = System.nanoTime();
      seed(jdbc);
      System.out.printf(
          "Seeded %,d finished and %,d open dossiers in %d s%n",
          FINISHED, OPEN, Duration.ofNanos(System.nanoTime() - seeding).toSeconds());

      WorkingCalendar calendar =
          new WorkingCalendar(
              new CalendarProperties(
                  "classpath:calendar/",
                  LocalTime.of(15, 0),
                  LocalTime.of(17, 0),
                  ZoneId.of("Asia/Ho_Chi_Minh")));
      SlaKpis kpis =
          new SlaKpis(
              new NamedParameterJdbcTemplate(jdbc),
              new Deadlines(calendar),
              new SlaProperties(1, Duration.ofMinutes(1)),
              new AdministrativeUnits(new ObjectMapper()));
      Instant to = Instant.parse("2026-12-01T00:00:00Z");
      Instant monthStart = Instant.parse("2026-11-01T00:00:00Z");

      measure(
          "one province, one month, per commune and procedure",
          kpis,
          new SlaQuery(null, null, Set.of("48"), monthStart, to, Set.of("procedure", "commune")));
      measure(
          "all provinces, one month, per province",
          kpis,
          new SlaQuery(null, null, Set.of(), monthStart, to, Set.of("province")));
      measure(
          "one commune, one procedure, one year",
          kpis,
          new SlaQuery(
              "procedure-16",
              "48212",
              Set.of(),
              Instant.parse("2026-01-01T00:00:00Z"),
              to,
              Set.of("procedure")));
      measure(
          "everything ever, per procedure, commune and province (metrics refresh)",
          kpis,
          new SlaQuery(
              null, null, Set.of(), Instant.EPOCH, to, Set.of("procedure", "commune", "province")));

      explain(
          jdbc,
          "open dossiers of a province",
          "select commune_code, count(*), sum(case when due_date < now() then 1 else 0 end)"
              + " from dossier_sla where finished_at is null and province_code = '48' group by commune_code");
      explain(
          jdbc,
          "finished in November in a province",
          "select commune_code, sum(case when on_time then 1 else 0 end), count(*) from dossier_sla"
              + " where province_code = '48' and finished_at >= '2026-11-01' and finished_at < '2026-12-01'"
              + " and on_time is not null group by commune_code");
    }
  }

  /** Six years of finished dossiers over 24 communes in 7 provinces and 25 procedures. */
  private static void seed(JdbcTemplate jdbc) {
    String communes =
        "array['01100','01107','01114','01121','01128','40135','40142','40149','40156','40163',"
            + "'40170','40177','40184','46191','46198','46205','48212','48219','48226','79233',"
            + "'79240','79247','20254','20261']";
    String place = "(" + communes + ")[1 + (n % 24)]";
    jdbc.execute(
        "insert into dossier (id, procedure_key, applicant_pin, commune_code, status, data_json,"
            + " submitted_by, received_at, updated_at)"
            + " select 'B-' || n, 'procedure-' || (n % 25), '001090000000', "
            + place
            + ", 'COMPLETED', '{}', 'bench', now(), now() from generate_series(1, "
            + (FINISHED + OPEN)
            + ") n");
    jdbc.execute(
        "insert into dossier_sla (dossier_id, procedure_key, commune_code, province_code,"
            + " clock_state, started_at, due_date, finished_at, on_time, processing_working_days)"
            + " select 'B-' || n, 'procedure-' || (n % 25), c, substr(c, 1, 2), 'RUNNING',"
            + " t - interval '3 days', t + interval '2 days',"
            + " case when n <= "
            + FINISHED
            + " then t end,"
            + " case when n <= "
            + FINISHED
            + " then n % 10 <> 0 end,"
            + " case when n <= "
            + FINISHED
            + " then n % 7 end"
            + " from (select n, "
            + place
            + " as c,"
            + " timestamptz '2026-12-01' - (n % 2190) * interval '1 day' as t"
            + " from generate_series(1, "
            + (FINISHED + OPEN)
            + ") n) s");
    jdbc.execute("analyze dossier_sla");
  }

  private static void measure(String what, SlaKpis kpis, SlaQuery query) {
    kpis.figures(query); // warm-up
    int runs = 5;
    long start = System.nanoTime();
    List<SlaFigures> figures = null;
    for (int i = 0; i < runs; i++) {
      figures = kpis.figures(query);
    }
    double ms = (System.nanoTime() - start) / 1e6 / runs;
    System.out.printf("%-75s %8.1f ms  (%d rows)%n", what, ms, figures.size());
  }

  private static void explain(JdbcTemplate jdbc, String what, String sql) {
    System.out.println("Plan — " + what + ":");
    jdbc.queryForList("explain analyze " + sql, String.class)
        .forEach(line -> System.out.println("  " + line));
  }
}
