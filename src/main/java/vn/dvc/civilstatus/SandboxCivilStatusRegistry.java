package vn.dvc.civilstatus;

import static vn.dvc.sandbox.SandboxData.date;
import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.population.Gender;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.time.EngineClock;

/**
 * The civil-status registry on its own sandbox tables. Writes commit in their own transaction, as a
 * remote registry would.
 */
final class SandboxCivilStatusRegistry implements CivilStatusRegistry {

  private static final String BIRTH_COLUMNS =
      "commune_code, registration_no, registered_on, child_pin, child_name, gender,"
          + " date_of_birth, father_pin, mother_pin, medical_certificate_no";
  private static final String MARRIAGE_COLUMNS =
      "commune_code, registration_no, registered_on, husband_pin, wife_pin, dissolved_on";

  private static final String DEATH_COLUMNS =
      "commune_code, registration_no, registered_on, deceased_pin, date_of_death";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  private SandboxCivilStatusRegistry(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The registry, its tables loaded from the sandbox data first if this database has none. */
  static SandboxCivilStatusRegistry loaded(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    SandboxCivilStatusRegistry registry = new SandboxCivilStatusRegistry(jdbc, transactions);
    data.loadOnce("civil-status", "civil-status.json", registry::load);
    return registry;
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
        SandboxCivilStatusRegistry::marriage,
        pin.value(),
        pin.value());
  }

  private static Marriage marriage(ResultSet rs, int row) throws SQLException {
    return new Marriage(
        rs.getString("registration_no"),
        rs.getString("commune_code"),
        rs.getObject("registered_on", LocalDate.class),
        Pin.of(rs.getString("husband_pin")),
        Pin.of(rs.getString("wife_pin")),
        rs.getObject("dissolved_on", LocalDate.class));
  }

  private static DeathRecord death(ResultSet rs, int row) throws SQLException {
    return new DeathRecord(
        rs.getString("registration_no"),
        rs.getString("commune_code"),
        rs.getObject("registered_on", LocalDate.class),
        Pin.of(rs.getString("deceased_pin")),
        rs.getObject("date_of_death", LocalDate.class));
  }

  @Override
  public Optional<DeathRecord> deathOf(Pin pin) {
    return jdbc
        .query(
            "select " + DEATH_COLUMNS + " from sandbox_civil_status_death where deceased_pin = ?",
            SandboxCivilStatusRegistry::death,
            pin.value())
        .stream()
        .findFirst();
  }

  @Override
  public Optional<BirthRecord> birthOf(Pin child) {
    return births("child_pin = ?", child.value()).stream().findFirst();
  }

  @Override
  public Optional<BirthRecord> birthByMedicalCertificate(String certificateNo) {
    return births("medical_certificate_no = ?", certificateNo).stream().findFirst();
  }

  @Override
  public BirthRecord registerBirth(BirthRegistration registration, IdempotencyKey key) {
    return registerOnce(
        "sandbox_civil_status_birth",
        BIRTH_COLUMNS,
        SandboxCivilStatusRegistry::birth,
        registration.communeCode(),
        "KS",
        key,
        null,
        registration.childName(),
        registration.gender().name(),
        registration.dateOfBirth(),
        Pin.valueOf(registration.fatherPin()),
        Pin.valueOf(registration.motherPin()),
        registration.medicalCertificateNo());
  }

  /** Setting the same PIN again changes nothing, which makes the link idempotent by nature. */
  @Override
  public BirthRecord linkChildPin(BirthPinLink link, IdempotencyKey key) {
    return ownTransaction.execute(
        status -> {
          int updated =
              jdbc.update(
                  "update sandbox_civil_status_birth set child_pin = ?"
                      + " where commune_code = ? and registration_no = ?",
                  link.childPin().value(),
                  link.communeCode(),
                  link.registrationNo());
          if (updated == 0) {
            throw new RegistryRecordNotFoundException(
                "civil-status",
                "no birth " + link.registrationNo() + " in commune " + link.communeCode());
          }
          return births(
                  "commune_code = ? and registration_no = ?",
                  link.communeCode(),
                  link.registrationNo())
              .get(0);
        });
  }

  @Override
  public DeathRecord registerDeath(DeathRegistration registration, IdempotencyKey key) {
    return registerOnce(
        "sandbox_civil_status_death",
        DEATH_COLUMNS,
        SandboxCivilStatusRegistry::death,
        registration.communeCode(),
        "KT",
        key,
        registration.deceasedPin().value(),
        registration.dateOfDeath());
  }

  @Override
  public Marriage registerMarriage(MarriageRegistration registration, IdempotencyKey key) {
    return registerOnce(
        "sandbox_civil_status_marriage",
        MARRIAGE_COLUMNS,
        SandboxCivilStatusRegistry::marriage,
        registration.communeCode(),
        "KH",
        key,
        registration.husbandPin().value(),
        registration.wifePin().value(),
        null);
  }

  /**
   * Enters a record in a commune's {@code book} with the next registration number, in its own
   * transaction as a remote registry commits; a repeated key answers the record of the first call.
   * {@code details} are the values of {@code columns} after the commune, number and date.
   */
  private <T> T registerOnce(
      String table,
      String columns,
      RowMapper<T> record,
      String communeCode,
      String book,
      IdempotencyKey key,
      Object... details) {
    String byKey = "select " + columns + " from " + table + " where idempotency_key = ?";
    return ownTransaction.execute(
        status -> {
          List<T> earlier = jdbc.query(byKey, record, key.value());
          if (!earlier.isEmpty()) {
            return earlier.get(0);
          }
          LocalDate today = EngineClock.today();
          List<Object> values = new ArrayList<>();
          values.add(communeCode);
          values.add(nextRegistrationNo(table, communeCode, today, book));
          values.add(today);
          values.addAll(Arrays.asList(details));
          values.add(key.value());
          jdbc.update(
              "insert into "
                  + table
                  + " ("
                  + columns
                  + ", idempotency_key) values ("
                  + "?,".repeat(values.size() - 1)
                  + "?)",
              values.toArray());
          return jdbc.query(byKey, record, key.value()).get(0);
        });
  }

  /**
   * Registration numbers run per commune, year and book ("12/2026/KS" births, "KT" deaths, "KH"
   * marriages); the primary key on commune and number makes a concurrent duplicate fail rather than
   * pass silently.
   */
  private String nextRegistrationNo(String table, String communeCode, LocalDate on, String book) {
    String suffix = "/" + on.getYear() + "/" + book;
    List<String> numbers =
        jdbc.queryForList(
            "select registration_no from "
                + table
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

  private List<BirthRecord> births(String where, Object... arguments) {
    return jdbc.query(
        "select " + BIRTH_COLUMNS + " from sandbox_civil_status_birth where " + where,
        SandboxCivilStatusRegistry::birth,
        arguments);
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
