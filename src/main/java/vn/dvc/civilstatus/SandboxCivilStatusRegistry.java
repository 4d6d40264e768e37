package vn.dvc.civilstatus;

import static vn.dvc.sandbox.SandboxData.date;
import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.population.Gender;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxData;

/**
 * The civil-status registry on its own sandbox tables. Writes commit in their own transaction, as a
 * remote registry would.
 */
@Component
class SandboxCivilStatusRegistry implements CivilStatusRegistry, InitializingBean {

  private static final String BIRTH_COLUMNS =
      "commune_code, registration_no, registered_on, child_pin, child_name, gender,"
          + " date_of_birth, father_pin, mother_pin, medical_certificate_no";
  private static final String MARRIAGE_COLUMNS =
      "commune_code, registration_no, registered_on, husband_pin, wife_pin, dissolved_on";

  private final JdbcTemplate jdbc;
  private final SandboxData sandbox;
  private final TransactionTemplate ownTransaction;

  SandboxCivilStatusRegistry(
      JdbcTemplate jdbc, SandboxData sandbox, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.sandbox = sandbox;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void afterPropertiesSet() {
    sandbox.loadOnce("civil-status", "civil-status.json", this::load);
  }

  private void load(JsonNode root) {
    List<Object[]> births = new ArrayList<>();
    for (JsonNode b : root.path("births")) {
      births.add(
          new Object[] {
            text(b, "communeCode"),
            text(b, "registrationNo"),
            date(b, "registeredOn"),
            text(b, "childPin"),
            text(b, "childName"),
            text(b, "gender"),
            date(b, "dateOfBirth"),
            text(b, "fatherPin"),
            text(b, "motherPin"),
            null
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_civil_status_birth ("
            + BIRTH_COLUMNS
            + ") values (?,?,?,?,?,?,?,?,?,?)",
        births);
    List<Object[]> marriages = new ArrayList<>();
    for (JsonNode m : root.path("marriages")) {
      marriages.add(
          new Object[] {
            text(m, "communeCode"),
            text(m, "registrationNo"),
            date(m, "registeredOn"),
            text(m, "husbandPin"),
            text(m, "wifePin"),
            date(m, "dissolvedOn")
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_civil_status_marriage (" + MARRIAGE_COLUMNS + ") values (?,?,?,?,?,?)",
        marriages);
    List<Object[]> deaths = new ArrayList<>();
    for (JsonNode d : root.path("deaths")) {
      deaths.add(
          new Object[] {
            text(d, "communeCode"),
            text(d, "registrationNo"),
            date(d, "registeredOn"),
            text(d, "deceasedPin"),
            date(d, "dateOfDeath")
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_civil_status_death (commune_code, registration_no, registered_on,"
            + " deceased_pin, date_of_death) values (?,?,?,?,?)",
        deaths);
    List<Object[]> divorces = new ArrayList<>();
    for (JsonNode d : root.path("divorces")) {
      divorces.add(
          new Object[] {
            text(d, "judgmentNo"),
            text(d, "court"),
            date(d, "effectiveOn"),
            text(d, "husbandPin"),
            text(d, "wifePin")
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_civil_status_divorce (judgment_no, court, effective_on, husband_pin,"
            + " wife_pin) values (?,?,?,?,?)",
        divorces);
  }

  @Override
  public List<Marriage> marriagesOf(Pin pin) {
    return jdbc.query(
        "select "
            + MARRIAGE_COLUMNS
            + " from sandbox_civil_status_marriage where husband_pin = ? or wife_pin = ?"
            + " order by registered_on",
        (rs, row) ->
            new Marriage(
                rs.getString("registration_no"),
                rs.getString("commune_code"),
                rs.getObject("registered_on", LocalDate.class),
                Pin.of(rs.getString("husband_pin")),
                Pin.of(rs.getString("wife_pin")),
                rs.getObject("dissolved_on", LocalDate.class)),
        pin.value(),
        pin.value());
  }

  @Override
  public Optional<DeathRecord> deathOf(Pin pin) {
    return jdbc
        .query(
            "select commune_code, registration_no, registered_on, deceased_pin, date_of_death"
                + " from sandbox_civil_status_death where deceased_pin = ?",
            (rs, row) ->
                new DeathRecord(
                    rs.getString("registration_no"),
                    rs.getString("commune_code"),
                    rs.getObject("registered_on", LocalDate.class),
                    Pin.of(rs.getString("deceased_pin")),
                    rs.getObject("date_of_death", LocalDate.class)),
            pin.value())
        .stream()
        .findFirst();
  }

  @Override
  public Optional<BirthRecord> birthByMedicalCertificate(String certificateNo) {
    return births("medical_certificate_no = ?", certificateNo).stream().findFirst();
  }

  @Override
  public BirthRecord registerBirth(BirthRegistration registration, IdempotencyKey key) {
    return ownTransaction.execute(
        status -> {
          List<BirthRecord> earlier = births("idempotency_key = ?", key.value());
          if (!earlier.isEmpty()) {
            return earlier.get(0);
          }
          LocalDate today = LocalDate.now();
          String registrationNo = nextRegistrationNo(registration.communeCode(), today.getYear());
          jdbc.update(
              "insert into sandbox_civil_status_birth ("
                  + BIRTH_COLUMNS
                  + ", idempotency_key) values (?,?,?,?,?,?,?,?,?,?,?)",
              registration.communeCode(),
              registrationNo,
              today,
              null,
              registration.childName(),
              registration.gender().name(),
              registration.dateOfBirth(),
              Pin.valueOf(registration.fatherPin()),
              Pin.valueOf(registration.motherPin()),
              registration.medicalCertificateNo(),
              key.value());
          return births("idempotency_key = ?", key.value()).get(0);
        });
  }

  @Override
  public void linkChildPin(String communeCode, String registrationNo, Pin childPin) {
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.update(
                "update sandbox_civil_status_birth set child_pin = ?"
                    + " where commune_code = ? and registration_no = ?",
                childPin.value(),
                communeCode,
                registrationNo));
  }

  /**
   * Registration numbers run per commune and year ("12/2026/KS"); the primary key on commune and
   * number makes a concurrent duplicate fail rather than pass silently.
   */
  private String nextRegistrationNo(String communeCode, int year) {
    String suffix = "/" + year + "/KS";
    List<String> numbers =
        jdbc.queryForList(
            "select registration_no from sandbox_civil_status_birth"
                + " where commune_code = ? and registration_no like ?",
            String.class,
            communeCode,
            "%" + suffix);
    int highest =
        numbers.stream()
            .mapToInt(n -> Integer.parseInt(n.substring(0, n.indexOf('/'))))
            .max()
            .orElse(0);
    return (highest + 1) + suffix;
  }

  private List<BirthRecord> births(String where, Object argument) {
    return jdbc.query(
        "select " + BIRTH_COLUMNS + " from sandbox_civil_status_birth where " + where,
        SandboxCivilStatusRegistry::birth,
        argument);
  }

  private static BirthRecord birth(ResultSet rs, int row) throws SQLException {
    return new BirthRecord(
        rs.getString("registration_no"),
        rs.getString("commune_code"),
        rs.getObject("registered_on", LocalDate.class),
        Pin.ofNullable(rs.getString("child_pin")),
        rs.getString("child_name"),
        Gender.valueOf(rs.getString("gender")),
        rs.getObject("date_of_birth", LocalDate.class),
        Pin.ofNullable(rs.getString("father_pin")),
        Pin.ofNullable(rs.getString("mother_pin")),
        rs.getString("medical_certificate_no"));
  }
}
