package vn.dvc.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;

/** The population port's contract, held by the sandbox and by the HTTP client against it. */
@DvcSpringBootTest
class PopulationRegistryContractTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired AdministrativeUnits units;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RegistryHttpClients clients;

  abstract class Contract {

    abstract PopulationRegistry population();

    /** Keeps the keys of the two implementations apart: both write to the same tables. */
    abstract String variant();

    IdempotencyKey key(String operation) {
      return IdempotencyKey.of("TEST-POP-" + variant(), operation);
    }

    int writesWith(IdempotencyKey key) {
      return jdbc.queryForObject(
          "select count(*) from sandbox_write where idempotency_key = ?",
          Integer.class,
          key.value());
    }

    @Test
    void findsACitizenWithCardResidenceAndSpouse() {
      Citizen citizen = population().findCitizen(Pin.of("001062985408")).orElseThrow();
      assertThat(citizen.fullName()).isEqualTo("Bùi Minh Nam");
      assertThat(citizen.dateOfBirth()).isEqualTo(LocalDate.of(1962, 1, 21));
      assertThat(citizen.spousePin()).isEqualTo(Pin.of("020165720543"));
      assertThat(citizen.maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
      assertThat(citizen.residence())
          .hasValueSatisfying(r -> assertThat(r.communeCode()).isEqualTo("01100"));
      assertThat(citizen.card())
          .hasValueSatisfying(c -> assertThat(c.issueDate()).isEqualTo(LocalDate.of(2017, 5, 19)));
    }

    @Test
    void answersEmptyForAPinNobodyHas() {
      assertThat(population().findCitizen(Pin.of("001099000001"))).isEmpty();
    }

    @Test
    void keepsWhatTheRegistryLacksMissing() {
      assertThat(
              population().findCitizen(Pin.of("046185602151")).orElseThrow().idCard().issueDate())
          .isNull();
      Residence legacy =
          population().findCitizen(Pin.of("040186289011")).orElseThrow().permanentResidence();
      assertThat(legacy.communeCode()).isNull();
      assertThat(legacy.legacyAddress()).isEqualTo("Xã Diễn Hạnh, Huyện Diễn Châu");
    }

    @Test
    void listsEveryMemberOfAHousehold() {
      assertThat(population().householdMembers("HK4013500374"))
          .extracting(c -> c.pin().value())
          .contains("020161144300", "040061231489", "040195408084")
          .hasSizeGreaterThanOrEqualTo(6);
      assertThat(population().householdMembers("HK0000000000")).isEmpty();
    }

    @Test
    void registersANewbornOnceHoweverOftenTheWriteIsRepeated() {
      Newborn newborn =
          new Newborn(
              "Trần Contract " + variant(),
              Gender.FEMALE,
              LocalDate.of(2026, 10, 1),
              Pin.of("025194448522"),
              null,
              "01100",
              "99/2026/KS");
      IdempotencyKey key = key("newborn");
      Citizen first = population().registerNewborn(newborn, key);
      Citizen repeated = population().registerNewborn(newborn, key);
      assertThat(repeated.pin()).isEqualTo(first.pin());
      assertThat(first.pin().birthYear()).isEqualTo(2026);
      assertThat(first.pin().gender()).isEqualTo(Gender.FEMALE);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from sandbox_population_citizen where idempotency_key = ?",
                  Integer.class,
                  key.value()))
          .isEqualTo(1);
    }

    @Test
    void recordsADeathOnce() {
      IdempotencyKey key = key("death");
      Citizen dead =
          population().recordDeath(Pin.of("001068168291"), LocalDate.of(2026, 11, 2), key);
      population().recordDeath(Pin.of("001068168291"), LocalDate.of(2026, 11, 2), key);
      assertThat(dead.deceased()).isTrue();
      assertThat(dead.dateOfDeath()).isEqualTo(LocalDate.of(2026, 11, 2));
      assertThat(writesWith(key)).isEqualTo(1);
    }

    @Test
    void recordsAMarriageOnce() {
      IdempotencyKey key = key("marriage");
      Pin husband = Pin.of("001088181270");
      Pin wife = Pin.of("001188089671");
      assertThat(population().findCitizen(husband).orElseThrow().maritalStatus())
          .isIn(MaritalStatus.SINGLE, MaritalStatus.MARRIED);
      Citizen married = population().recordMarriage(husband, wife, LocalDate.of(2026, 11, 4), key);
      Citizen repeated = population().recordMarriage(husband, wife, LocalDate.of(2026, 11, 4), key);
      assertThat(married.maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
      assertThat(married.spousePin()).isEqualTo(wife);
      assertThat(married.marriedOn()).isEqualTo(LocalDate.of(2026, 11, 4));
      assertThat(repeated).isEqualTo(married);
      assertThat(population().findCitizen(husband)).contains(married);
      assertThat(writesWith(key)).isEqualTo(1);
    }

    @Test
    void refusesAMarriageToSomeoneItDoesNotHold() {
      assertThatThrownBy(
              () ->
                  population()
                      .recordMarriage(
                          Pin.of("001088181270"),
                          Pin.of("001099000001"),
                          LocalDate.of(2026, 11, 4),
                          key("ghost-spouse")))
          .isInstanceOf(RegistryRecordNotFoundException.class);
      assertThat(writesWith(key("ghost-spouse"))).isZero();
    }

    @Test
    void registersAndRemovesAPermanentResidence() {
      Pin pin = Pin.of("001068372472");
      Citizen moved =
          population()
              .registerPermanentResidence(
                  pin,
                  new ResidenceRegistration("40135", "Xóm 3", null, LocalDate.of(2026, 11, 3)),
                  key("residence"));
      assertThat(moved.permanentResidence().communeCode()).isEqualTo("40135");
      assertThat(moved.permanentResidence().address()).isEqualTo("Xóm 3");
      Citizen removed = population().removePermanentResidence(pin, key("residence-removal"));
      assertThat(removed.residence()).isEmpty();
      assertThat(writesWith(key("residence"))).isEqualTo(1);
    }

    /** Each implementation records absences of its own citizen: both write to the same tables. */
    Pin absentCitizen() {
      return Pin.of(variant().equals("SANDBOX") ? "001052800546" : "001053951316");
    }

    @Test
    void recordsATemporaryAbsenceOnceFromTheCommuneOfPermanentResidence() {
      Pin pin = absentCitizen();
      AbsenceDeclaration declaration =
          new AbsenceDeclaration(
              LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 31), "79233", null, "Đi làm việc");
      TemporaryAbsence absence =
          population().recordTemporaryAbsence(pin, declaration, key("absence"));
      assertThat(absence.absenceNo()).startsWith("TV-" + pin.value() + "-");
      assertThat(absence.pin()).isEqualTo(pin);
      assertThat(absence.residenceCommuneCode()).isEqualTo("01100");
      assertThat(absence.declaration()).isEqualTo(declaration);
      assertThat(absence.recordedOn()).isNotNull();

      TemporaryAbsence again =
          population().recordTemporaryAbsence(pin, declaration, key("absence"));
      assertThat(again).isEqualTo(absence);
      assertThat(writesWith(key("absence"))).isEqualTo(1);
      assertThat(population().temporaryAbsences(pin)).containsOnlyOnce(absence);
    }

    @Test
    void recordsAnAbsenceAbroadFromAResidenceWrittenBeforeTheReform() {
      Pin pin = Pin.of(variant().equals("SANDBOX") ? "040186289011" : "040195907160");
      TemporaryAbsence absence =
          population()
              .recordTemporaryAbsence(
                  pin,
                  new AbsenceDeclaration(
                      LocalDate.of(2026, 12, 1), LocalDate.of(2028, 12, 1), null, "JP", "Du học"),
                  key("absence-abroad"));
      assertThat(absence.residenceCommuneCode()).isNotNull();
      assertThat(absence.declaration().abroadCountry()).isEqualTo("JP");
      assertThat(absence.declaration().destinationCommuneCode()).isNull();
    }

    @Test
    void refusesAnAbsenceToAnUnknownCommuneOrOfSomeoneItDoesNotHold() {
      AbsenceDeclaration toNowhere =
          new AbsenceDeclaration(
              LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 31), "99999", null, null);
      assertThatThrownBy(
              () -> population().recordTemporaryAbsence(absentCitizen(), toNowhere, key("nowhere")))
          .isInstanceOf(RegistryRejectedRequestException.class);
      AbsenceDeclaration valid =
          new AbsenceDeclaration(
              LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 31), "79233", null, null);
      assertThatThrownBy(
              () ->
                  population()
                      .recordTemporaryAbsence(Pin.of("001099000001"), valid, key("ghost-absence")))
          .isInstanceOf(RegistryRecordNotFoundException.class);
    }

    @Test
    void refusesToWriteAboutSomeoneItDoesNotHold() {
      assertThatThrownBy(
              () ->
                  population()
                      .recordDeath(Pin.of("001099000001"), LocalDate.of(2026, 1, 1), key("ghost")))
          .isInstanceOf(RegistryRecordNotFoundException.class)
          .hasMessageContaining("population");
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    PopulationRegistry population() {
      return SandboxPopulationRegistry.loaded(jdbc, data, units, transactions);
    }

    @Override
    String variant() {
      return "SANDBOX";
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    PopulationRegistry population() {
      return new HttpPopulationRegistry(clients.client("population"));
    }

    @Override
    String variant() {
      return "HTTP";
    }
  }
}
