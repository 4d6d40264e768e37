package vn.dvc.registry.criminalrecords;

import static vn.dvc.sandbox.SandboxData.date;
import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxData;

/** The judicial record registry on its sandbox table. */
final class SandboxCriminalRecordRegistry implements CriminalRecordRegistry {

  private final JdbcTemplate jdbc;

  private SandboxCriminalRecordRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The registry, its table loaded from the sandbox data first if this database has none. */
  static SandboxCriminalRecordRegistry loaded(JdbcTemplate jdbc, SandboxData data) {
    data.loadOnce("criminal-records", "sector-registries.json", root -> load(jdbc, root));
    return new SandboxCriminalRecordRegistry(jdbc);
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> convictions = new ArrayList<>();
    for (JsonNode c : root.path("criminalRecords")) {
      convictions.add(
          new Object[] {
            text(c, "judgmentNo"),
            text(c, "pin"),
            text(c, "court"),
            date(c, "judgmentDate"),
            text(c, "offence"),
            text(c, "sentence"),
            c.path("expunged").asBoolean()
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_criminal_record (judgment_no, pin, court, judgment_date, offence,"
            + " sentence, expunged) values (?,?,?,?,?,?,?)",
        convictions);
  }

  @Override
  public List<Conviction> convictionsOf(Pin person) {
    return jdbc.query(
        "select judgment_no, pin, court, judgment_date, offence, sentence, expunged"
            + " from sandbox_criminal_record where pin = ? order by judgment_date, judgment_no",
        this::conviction,
        person.value());
  }

  private Conviction conviction(ResultSet rs, int row) throws SQLException {
    return new Conviction(
        rs.getString("judgment_no"),
        Pin.of(rs.getString("pin")),
        rs.getString("court"),
        rs.getObject("judgment_date", LocalDate.class),
        rs.getString("offence"),
        rs.getString("sentence"),
        rs.getBoolean("expunged"));
  }
}
