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
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Province;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxData;

/**
 * The population registry on its own sandbox tables. Writes commit in their own transaction, as a
 * remote registry would, so that the idempotency of retried jobs is exercised for real.
 */
@Component
class SandboxPopulationRegistry implements PopulationRegistry, InitializingBean {

  private static final String COLUMNS =
      "pin, full_name, gender, date_of_birth, father_pin, mother_pin, spouse_pin, marital_status,"
          + " household_id, residence_commune_code, residence_address, residence_legacy_address,"
          + " residence_registered_on, id_card_number, id_card_issue_date, id_card_expiry_date,"
          + " vneid_level, deceased, date_of_death";

  private final JdbcTemplate jdbc;
  private final SandboxData sandbox;
  private final AdministrativeUnits units;
  private final TransactionTemplate ownTransaction;
  private final SecureRandom random = new SecureRandom();

  SandboxPopulationRegistry(
      JdbcTemplate jdbc,
      SandboxData sandbox,
      AdministrativeUnits units,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.sandbox = sandbox;
    this.units = units;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void afterPropertiesSet() {
    sandbox.loadOnce("population", "population.json", this::load);
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
            + "?,".repeat(18)
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
              home.isPresent() ? LocalDate.now() : null,
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
