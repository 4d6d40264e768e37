package vn.dvc.registry.business;

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

/** The business registry on its sandbox table. */
final class SandboxBusinessRegistry implements BusinessRegistry {

  private static final String ENTERPRISE =
      "select enterprise_code, name, legal_representative_pin, commune_code, registered_on,"
          + " has_seal from sandbox_enterprise";

  private final JdbcTemplate jdbc;

  private SandboxBusinessRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The registry, its table loaded from the sandbox data first if this database has none. */
  static SandboxBusinessRegistry loaded(JdbcTemplate jdbc, SandboxData data) {
    data.loadOnce("business-registry", "sector-registries.json", root -> load(jdbc, root));
    return new SandboxBusinessRegistry(jdbc);
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> enterprises = new ArrayList<>();
    for (JsonNode e : root.path("enterprises")) {
      enterprises.add(
          new Object[] {
            text(e, "enterpriseCode"),
            text(e, "name"),
            text(e, "legalRepresentativePin"),
            text(e, "communeCode"),
            date(e, "registeredOn"),
            e.path("hasSeal").asBoolean()
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_enterprise (enterprise_code, name, legal_representative_pin,"
            + " commune_code, registered_on, has_seal) values (?,?,?,?,?,?)",
        enterprises);
  }

  @Override
  public List<Enterprise> enterprisesRepresentedBy(Pin representative) {
    return jdbc.query(
        ENTERPRISE + " where legal_representative_pin = ? order by enterprise_code",
        SandboxBusinessRegistry::enterprise,
        representative.value());
  }

  @Override
  public Optional<Enterprise> findEnterprise(String enterpriseCode) {
    return jdbc
        .query(
            ENTERPRISE + " where enterprise_code = ?",
            SandboxBusinessRegistry::enterprise,
            enterpriseCode)
        .stream()
        .findFirst();
  }

  private static Enterprise enterprise(ResultSet rs, int row) throws SQLException {
    return new Enterprise(
        rs.getString("enterprise_code"),
        rs.getString("name"),
        Pin.of(rs.getString("legal_representative_pin")),
        rs.getString("commune_code"),
        rs.getObject("registered_on", LocalDate.class),
        rs.getBoolean("has_seal"));
  }
}
