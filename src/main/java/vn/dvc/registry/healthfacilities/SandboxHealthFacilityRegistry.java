package vn.dvc.registry.healthfacilities;

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
import vn.dvc.population.Gender;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxData;

/** The health facilities' certificates and notices on their sandbox tables. */
final class SandboxHealthFacilityRegistry implements HealthFacilityRegistry {

  private static final String NOTICE =
      "select notice_no, issuer, deceased_pin, date_of_death, place_of_death"
          + " from sandbox_health_death_notice";

  private final JdbcTemplate jdbc;

  private SandboxHealthFacilityRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The registry, its tables loaded from the sandbox data first if this database has none. */
  static SandboxHealthFacilityRegistry loaded(JdbcTemplate jdbc, SandboxData data) {
    SandboxHealthFacilityRegistry registry = new SandboxHealthFacilityRegistry(jdbc);
    data.loadOnce("health-facilities", "health-facilities.json", registry::load);
    return registry;
  }

  private void load(JsonNode root) {
    List<Object[]> certificates = new ArrayList<>();
    for (JsonNode c : root.path("birthCertificates")) {
      certificates.add(
          new Object[] {
            text(c, "certificateNo"),
            text(c, "facility"),
            text(c, "motherPin"),
            date(c, "dateOfBirth"),
            text(c, "gender"),
            c.path("weightGrams").isNumber() ? c.path("weightGrams").asInt() : null
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_health_birth_certificate (certificate_no, facility, mother_pin,"
            + " date_of_birth, gender, weight_grams) values (?,?,?,?,?,?)",
        certificates);
    List<Object[]> notices = new ArrayList<>();
    for (JsonNode n : root.path("deathNotices")) {
      notices.add(
          new Object[] {
            text(n, "noticeNo"),
            text(n, "issuer"),
            text(n, "deceasedPin"),
            date(n, "dateOfDeath"),
            text(n, "placeOfDeath")
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_health_death_notice (notice_no, issuer, deceased_pin, date_of_death,"
            + " place_of_death) values (?,?,?,?,?)",
        notices);
  }

  @Override
  public Optional<MedicalBirthCertificate> findBirthCertificate(String certificateNo) {
    return jdbc
        .query(
            "select certificate_no, facility, mother_pin, date_of_birth, gender"
                + " from sandbox_health_birth_certificate where certificate_no = ?",
            (rs, row) ->
                new MedicalBirthCertificate(
                    rs.getString("certificate_no"),
                    rs.getString("facility"),
                    Pin.of(rs.getString("mother_pin")),
                    rs.getObject("date_of_birth", LocalDate.class),
                    Gender.valueOf(rs.getString("gender"))),
            certificateNo)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<DeathNotice> findDeathNotice(String noticeNo) {
    return jdbc
        .query(NOTICE + " where notice_no = ?", SandboxHealthFacilityRegistry::notice, noticeNo)
        .stream()
        .findFirst();
  }

  @Override
  public Optional<DeathNotice> deathNoticeFor(Pin deceased) {
    return jdbc
        .query(
            NOTICE + " where deceased_pin = ? order by date_of_death desc",
            SandboxHealthFacilityRegistry::notice,
            deceased.value())
        .stream()
        .findFirst();
  }

  private static DeathNotice notice(ResultSet rs, int row) throws SQLException {
    return new DeathNotice(
        rs.getString("notice_no"),
        rs.getString("issuer"),
        Pin.of(rs.getString("deceased_pin")),
        rs.getObject("date_of_death", LocalDate.class),
        rs.getString("place_of_death"));
  }
}
