package vn.dvc.registry.socialinsurance;

import static vn.dvc.sandbox.SandboxData.date;
import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxData;

/** The social-insurance registry on its sandbox table. */
final class SandboxSocialInsuranceRegistry implements SocialInsuranceRegistry {

  private final JdbcTemplate jdbc;

  private SandboxSocialInsuranceRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The registry, its table loaded from the sandbox data first if this database has none. */
  static SandboxSocialInsuranceRegistry loaded(JdbcTemplate jdbc, SandboxData data) {
    data.loadOnce("social-insurance", "sector-registries.json", root -> load(jdbc, root));
    return new SandboxSocialInsuranceRegistry(jdbc);
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> records = new ArrayList<>();
    for (JsonNode r : root.path("unemploymentInsurance")) {
      records.add(
          new Object[] {
            text(r, "pin"),
            text(r, "socialInsuranceNo"),
            text(r, "employer"),
            r.path("unemploymentInsuranceMonthsLast24").asInt(),
            date(r, "contractEndedOn"),
            r.path("averageMonthlySalaryVnd").asLong()
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_unemployment_insurance (pin, social_insurance_no, employer,"
            + " months_last_24, contract_ended_on, average_monthly_salary_vnd)"
            + " values (?,?,?,?,?,?)",
        records);
  }

  @Override
  public Optional<UnemploymentInsuranceRecord> unemploymentInsuranceOf(Pin insured) {
    return jdbc
        .query(
            "select pin, social_insurance_no, employer, months_last_24, contract_ended_on,"
                + " average_monthly_salary_vnd from sandbox_unemployment_insurance where pin = ?",
            this::record,
            insured.value())
        .stream()
        .findFirst();
  }

  private UnemploymentInsuranceRecord record(ResultSet rs, int row) throws SQLException {
    return new UnemploymentInsuranceRecord(
        Pin.of(rs.getString("pin")),
        rs.getString("social_insurance_no"),
        rs.getString("employer"),
        rs.getInt("months_last_24"),
        rs.getObject("contract_ended_on", LocalDate.class),
        rs.getLong("average_monthly_salary_vnd"));
  }
}
