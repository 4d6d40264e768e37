package vn.dvc.registry.drivinglicences;

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
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxWrites;

/** The driving-licence registry on its sandbox table. */
final class SandboxDrivingLicenceRegistry implements DrivingLicenceRegistry {

  static final String REGISTRY = "driving-licences";

  private static final String LICENCE =
      "select licence_no, holder_pin, licence_class, issued_on, expires_on, points"
          + " from sandbox_driving_licence";

  private final JdbcTemplate jdbc;
  private final SandboxWrites writes;

  private SandboxDrivingLicenceRegistry(JdbcTemplate jdbc, SandboxWrites writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  /** The registry, its table loaded from the sandbox data first if this database has none. */
  static SandboxDrivingLicenceRegistry loaded(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    data.loadOnce(REGISTRY, "sector-registries.json", root -> load(jdbc, root));
    return new SandboxDrivingLicenceRegistry(jdbc, new SandboxWrites(jdbc, transactions));
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> licences = new ArrayList<>();
    for (JsonNode l : root.path("drivingLicences")) {
      licences.add(
          new Object[] {
            text(l, "licenceNo"),
            text(l, "holderPin"),
            text(l, "class"),
            date(l, "issuedOn"),
            date(l, "expiresOn"),
            l.path("points").asInt()
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_driving_licence (licence_no, holder_pin, licence_class, issued_on,"
            + " expires_on, points) values (?,?,?,?,?,?)",
        licences);
  }

  @Override
  public List<DrivingLicence> licencesOf(Pin holder) {
    return jdbc.query(
        LICENCE + " where holder_pin = ? order by issued_on, licence_no",
        SandboxDrivingLicenceRegistry::licence,
        holder.value());
  }

  @Override
  public Optional<DrivingLicence> findLicence(String licenceNo) {
    return jdbc
        .query(LICENCE + " where licence_no = ?", SandboxDrivingLicenceRegistry::licence, licenceNo)
        .stream()
        .findFirst();
  }

  @Override
  public DrivingLicence renewLicence(String licenceNo, LocalDate newExpiry, IdempotencyKey key) {
    SandboxWrites.required(newExpiry, "new expiry date");
    return writes.once(
        REGISTRY,
        key,
        () -> {
          int renewed =
              jdbc.update(
                  "update sandbox_driving_licence set expires_on = ? where licence_no = ?",
                  newExpiry,
                  licenceNo);
          if (renewed == 0) {
            throw new RegistryRecordNotFoundException(REGISTRY, "no such licence to renew");
          }
          return licenceNo;
        },
        reference -> findLicence(reference).orElseThrow());
  }

  private static DrivingLicence licence(ResultSet rs, int row) throws SQLException {
    return new DrivingLicence(
        rs.getString("licence_no"),
        Pin.of(rs.getString("holder_pin")),
        rs.getString("licence_class"),
        rs.getObject("issued_on", LocalDate.class),
        rs.getObject("expires_on", LocalDate.class),
        rs.getInt("points"));
  }
}
