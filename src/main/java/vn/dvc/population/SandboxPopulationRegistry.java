package vn.dvc.population;

import static vn.dvc.sandbox.SandboxData.date;
import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Province;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxWrites;
import vn.dvc.time.EngineClock;

/**
 * The population registry on its own sandbox tables. Writes commit in their own transaction, as a
 * remote registry would, so that the idempotency of retried jobs is exercised for real.
 */
final class SandboxPopulationRegistry implements PopulationRegistry {

  private static final String COLUMNS =
      "pin, full_name, gender, date_of_birth, father_pin, mother_pin, spouse_pin, marital_status,"
          + " married_on, household_id, residence_commune_code, residence_address, residence_legacy_address,"
          + " residence_registered_on, id_card_number, id_card_issue_date, id_card_expiry_date,"
          + " vneid_level, deceased, date_of_death";

  private final JdbcTemplate jdbc;
  private final AdministrativeUnits units;
  private final TransactionTemplate ownTransaction;
  private final SandboxWrites writes;
  private final SecureRandom random = new SecureRandom();

  private SandboxPopulationRegistry(
      JdbcTemplate jdbc, AdministrativeUnits units, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.units = units;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.writes = new SandboxWrites(jdbc, transactions);
  }

  /** The registry, its tables loaded from the sandbox data first if this database has none. */
  static SandboxPopulationRegistry loaded(
      JdbcTemplate jdbc,
      SandboxData data,
      AdministrativeUnits units,
      PlatformTransactionManager transactions) {
    SandboxPopulationRegistry registry = new SandboxPopulationRegistry(jdbc, units, transactions);
    data.loadOnce("population", "population.json", registry::load);
    return registry;
  }

  private void load(JsonNode root) {
    List<Object[]> rows = new ArrayList<>();
    for (JsonNode c : root.path("citizens")) {
      JsonNode residence = c.path("permanentResidence");
      JsonNode card = c.path("idCard");
      rows.add(
          new Object[] {
            text(c, "pin"),
            text(c, "fullName"),
            text(c, "gender"),
            date(c, "dateOfBirth"),
            text(c, "fatherPin"),
            text(c, "motherPin"),
            text(c, "spousePin"),
            text(c, "maritalStatus"),
            // The sandbox snapshot keeps no marriage dates in population.
            null,
            text(c, "householdId"),
            text(residence, "communeCode"),
            text(residence, "address"),
            text(residence, "legacyAddress"),
            date(residence, "registeredOn"),
            text(card, "number"),
            date(card, "issueDate"),
            date(card, "expiryDate"),
            c.path("vneidLevel").asInt(),
            c.path("deceased").asBoolean(),
            date(c, "dateOfDeath")
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_population_citizen ("
            + COLUMNS
            + ") values ("
            + "?,".repeat(19)
            + "?)",
        rows);
  }

  @Override
  public Optional<Citizen> findCitizen(Pin pin) {
    return jdbc
        .query(
            "select " + COLUMNS + " from sandbox_population_citizen where pin = ?",
            SandboxPopulationRegistry::citizen,
            pin.value())
        .stream()
        .findFirst();
  }

  @Override
  public List<Citizen> householdMembers(String householdId) {
    return jdbc.query(
        "select "
            + COLUMNS
            + " from sandbox_population_citizen where household_id = ? order by pin",
        SandboxPopulationRegistry::citizen,
        householdId);
  }

  @Override
  public Citizen recordDeath(Pin pin, LocalDate dateOfDeath, IdempotencyKey key) {
    return writes.once(
        "population",
        key,
        () -> {
          requireCitizen(pin);
          jdbc.update(
              "update sandbox_population_citizen set deceased = true, date_of_death = ?"
                  + " where pin = ?",
              dateOfDeath,
              pin.value());
          return pin.value();
        },
        this::citizen);
  }

  @Override
  public Citizen recordMarriage(Pin pin, Pin spousePin, LocalDate marriedOn, IdempotencyKey key) {
    return writes.once(
        "population",
        key,
        () -> {
          requireCitizen(pin);
          requireCitizen(spousePin);
          jdbc.update(
              "update sandbox_population_citizen set marital_status = 'MARRIED', spouse_pin = ?,"
                  + " married_on = ? where pin = ?",
              spousePin.value(),
              marriedOn,
              pin.value());
          return pin.value();
        },
        this::citizen);
  }

  @Override
  public Citizen registerPermanentResidence(
      Pin pin, ResidenceRegistration residence, IdempotencyKey key) {
    if (units.commune(residence.communeCode()).isEmpty()) {
      throw new RegistryRejectedRequestException(
          "population", 422, "Unknown commune " + residence.communeCode());
    }
    return writes.once(
        "population",
        key,
        () -> {
          requireCitizen(pin);
          jdbc.update(
              "update sandbox_population_citizen set residence_commune_code = ?,"
                  + " residence_address = ?, residence_legacy_address = null,"
                  + " residence_registered_on = ?, household_id = coalesce(?, household_id)"
                  + " where pin = ?",
              residence.communeCode(),
              residence.address(),
              residence.registeredOn(),
              residence.householdId(),
              pin.value());
          return pin.value();
        },
        this::citizen);
  }

  @Override
  public Citizen removePermanentResidence(Pin pin, IdempotencyKey key) {
    return writes.once(
        "population",
        key,
        () -> {
          requireCitizen(pin);
          jdbc.update(
              "update sandbox_population_citizen set residence_commune_code = null,"
                  + " residence_address = null, residence_legacy_address = null,"
                  + " residence_registered_on = null where pin = ?",
              pin.value());
          return pin.value();
        },
        this::citizen);
  }

  @Override
  public TemporaryAbsence recordTemporaryAbsence(
      Pin pin, AbsenceDeclaration declaration, IdempotencyKey key) {
    SandboxWrites.required(declaration, "declaration");
    LocalDate from = SandboxWrites.required(declaration.absentFrom(), "absentFrom");
    LocalDate until = SandboxWrites.required(declaration.absentUntil(), "absentUntil");
    if (!until.isAfter(from)) {
      throw new RegistryRejectedRequestException(
          "population", 422, "An absence must end after it starts");
    }
    String destination = declaration.destinationCommuneCode();
    if ((destination == null) == (declaration.abroadCountry() == null)) {
      throw new RegistryRejectedRequestException(
          "population", 422, "An absence goes to one commune or one country abroad");
    }
    if (destination != null && units.commune(destination).isEmpty()) {
      throw new RegistryRejectedRequestException(
          "population", 422, "Unknown commune " + destination);
    }
    return writes.once(
        "population",
        key,
        () -> {
          Citizen citizen =
              findCitizen(pin)
                  .orElseThrow(
                      () ->
                          new RegistryRecordNotFoundException(
                              "population", "no citizen with this PIN"));
          String residence =
              citizen
                  .residence()
                  .flatMap(
                      r ->
                          r.communeCode() != null
                              ? units.commune(r.communeCode())
                              : units.resolveLegacyAddress(r.legacyAddress()))
                  .map(commune -> commune.code())
                  .orElseThrow(
                      () ->
                          new RegistryRejectedRequestException(
                              "population",
                              422,
                              "The citizen has no permanent residence to be absent from"));
          Integer earlier =
              jdbc.queryForObject(
                  "select count(*) from sandbox_population_temporary_absence where pin = ?",
                  Integer.class,
                  pin.value());
          String absenceNo = "TV-" + pin.value() + "-" + (earlier + 1);
          jdbc.update(
              "insert into sandbox_population_temporary_absence (absence_no, pin,"
                  + " residence_commune_code, absent_from, absent_until,"
                  + " destination_commune_code, abroad_country, reason, recorded_on)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              absenceNo,
              pin.value(),
              residence,
              from,
              until,
              destination,
              declaration.abroadCountry(),
              declaration.reason(),
              EngineClock.today());
          return absenceNo;
        },
        this::temporaryAbsence);
  }

  @Override
  public List<TemporaryAbsence> temporaryAbsences(Pin pin) {
    return jdbc.query(
        "select * from sandbox_population_temporary_absence where pin = ?"
            + " order by recorded_on, absence_no",
        SandboxPopulationRegistry::temporaryAbsence,
        pin.value());
  }

  private TemporaryAbsence temporaryAbsence(String absenceNo) {
    return jdbc.queryForObject(
        "select * from sandbox_population_temporary_absence where absence_no = ?",
        SandboxPopulationRegistry::temporaryAbsence,
        absenceNo);
  }

  private static TemporaryAbsence temporaryAbsence(ResultSet row, int rowNum) throws SQLException {
    return new TemporaryAbsence(
        row.getString("absence_no"),
        Pin.of(row.getString("pin")),
        row.getString("residence_commune_code"),
        new AbsenceDeclaration(
            row.getObject("absent_from", LocalDate.class),
            row.getObject("absent_until", LocalDate.class),
            row.getString("destination_commune_code"),
            row.getString("abroad_country"),
            row.getString("reason")),
        row.getObject("recorded_on", LocalDate.class));
  }

  private void requireCitizen(Pin pin) {
    if (findCitizen(pin).isEmpty()) {
      throw new RegistryRecordNotFoundException("population", "no citizen with this PIN");
    }
  }

  private Citizen citizen(String pin) {
    return findCitizen(Pin.of(pin)).orElseThrow();
  }

  @Override
  public Citizen registerNewborn(Newborn newborn, IdempotencyKey key) {
    return ownTransaction.execute(
        status -> {
          Optional<Citizen> earlier = byIdempotencyKey(key);
          if (earlier.isPresent()) {
            return earlier.get();
          }
          Pin pin = newPin(newborn);
          // The child joins the mother's household and permanent residence, as at registration.
          Optional<Citizen> mother =
              Optional.ofNullable(newborn.motherPin()).flatMap(this::findCitizen);
          Optional<Residence> home = mother.flatMap(Citizen::residence);
          jdbc.update(
              "insert into sandbox_population_citizen (pin, full_name, gender, date_of_birth,"
                  + " father_pin, mother_pin, marital_status, household_id,"
                  + " residence_commune_code, residence_address, residence_legacy_address,"
                  + " residence_registered_on, vneid_level, deceased, idempotency_key)"
                  + " values (?, ?, ?, ?, ?, ?, 'SINGLE', ?, ?, ?, ?, ?, 0, false, ?)",
              pin.value(),
              newborn.fullName(),
              newborn.gender().name(),
              newborn.dateOfBirth(),
              Pin.valueOf(newborn.fatherPin()),
              Pin.valueOf(newborn.motherPin()),
              mother.map(Citizen::householdId).orElse(null),
              home.map(Residence::communeCode).orElse(null),
              home.map(Residence::address).orElse(null),
              home.map(Residence::legacyAddress).orElse(null),
              home.isPresent() ? EngineClock.today() : null,
              key.value());
          return findCitizen(pin).orElseThrow();
        });
  }

  private Optional<Citizen> byIdempotencyKey(IdempotencyKey key) {
    return jdbc
        .query(
            "select " + COLUMNS + " from sandbox_population_citizen where idempotency_key = ?",
            SandboxPopulationRegistry::citizen,
            key.value())
        .stream()
        .findFirst();
  }

  /** Province of registration, century and gender, year of birth, then six unused random digits. */
  private Pin newPin(Newborn newborn) {
    Province province =
        units
            .commune(newborn.registeredInCommuneCode())
            .flatMap(units::provinceOf)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Unknown commune of registration " + newborn.registeredInCommuneCode()));
    int year = newborn.dateOfBirth().getYear();
    String prefix =
        province.birthPlaceCodeForNewPins()
            + Pin.centuryGenderDigit(year, newborn.gender())
            + String.format("%02d", year % 100);
    while (true) {
      Pin candidate = Pin.of(prefix + String.format("%06d", random.nextInt(1_000_000)));
      if (findCitizen(candidate).isEmpty()) {
        return candidate;
      }
    }
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static Citizen citizen(ResultSet rs, int row) throws SQLException {
    String cardNumber = rs.getString("id_card_number");
    String communeCode = rs.getString("residence_commune_code");
    String address = rs.getString("residence_address");
    String legacyAddress = rs.getString("residence_legacy_address");
    Residence residence =
        communeCode == null && address == null && legacyAddress == null
            ? null
            : new Residence(
                communeCode, address, legacyAddress, localDate(rs, "residence_registered_on"));
    return new Citizen(
        Pin.of(rs.getString("pin")),
        rs.getString("full_name"),
        Gender.valueOf(rs.getString("gender")),
        localDate(rs, "date_of_birth"),
        Pin.ofNullable(rs.getString("father_pin")),
        Pin.ofNullable(rs.getString("mother_pin")),
        Pin.ofNullable(rs.getString("spouse_pin")),
        MaritalStatus.valueOf(rs.getString("marital_status")),
        localDate(rs, "married_on"),
        rs.getString("household_id"),
        residence,
        cardNumber == null
            ? null
            : new IdCard(
                cardNumber,
                localDate(rs, "id_card_issue_date"),
                localDate(rs, "id_card_expiry_date")),
        rs.getBoolean("deceased"),
        localDate(rs, "date_of_death"));
  }
}
