package vn.dvc.civilstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Gender;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.sandbox.SandboxData;

/**
 * The civil-status port's contract, held by the sandbox and by the HTTP client against it. Writes
 * use PINs that population does not hold, so they add no conflict between the two registries.
 */
@DvcSpringBootTest
class CivilStatusRegistryContractTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RegistryHttpClients clients;

  abstract class Contract {

    abstract CivilStatusRegistry civilStatus();

    abstract String variant();

    IdempotencyKey key(String operation) {
      return IdempotencyKey.of("TEST-CS-" + variant(), operation);
    }

    int rows(String table, IdempotencyKey key) {
      return jdbc.queryForObject(
          "select count(*) from " + table + " where idempotency_key = ?",
          Integer.class,
          key.value());
    }

    @Test
    void findsEveryMarriageOfAPerson() {
      assertThat(civilStatus().marriagesOf(Pin.of("001098875669")))
          .anySatisfy(
              m -> {
                assertThat(m.registrationNo()).isEqualTo("1/2022/KH");
                assertThat(m.wifePin()).isEqualTo(Pin.of("056192625874"));
                assertThat(m.isOpen()).isTrue();
              });
      assertThat(civilStatus().marriagesOf(Pin.of("001099000002"))).isEmpty();
    }

    @Test
    void findsARegisteredDeathAndNothingForTheLiving() {
      assertThat(civilStatus().deathOf(Pin.of("046139188848")))
          .hasValueSatisfying(d -> assertThat(d.registrationNo()).isEqualTo("1/2024/KT"));
      assertThat(civilStatus().deathOf(Pin.of("001062985408"))).isEmpty();
    }

    @Test
    void findsTheDigitisedBirthOfAPerson() {
      assertThat(civilStatus().birthOf(Pin.of("001302206995")))
          .hasValueSatisfying(
              b -> {
                assertThat(b.registrationNo()).isEqualTo("1/2002/KS");
                assertThat(b.motherPin()).isEqualTo(Pin.of("020165720543"));
              });
      assertThat(civilStatus().birthOf(Pin.of("046214512191"))).isEmpty();
    }

    @Test
    void registersABirthOnceAndLinksTheChildsPin() {
      String certificate = "CS-CONTRACT-" + variant();
      BirthRegistration birth =
          new BirthRegistration(
              "40135",
              "Lê Contract",
              Gender.MALE,
              LocalDate.of(2026, 10, 20),
              Pin.of("040199000003"),
              null,
              certificate);
      BirthRecord first = civilStatus().registerBirth(birth, key("birth"));
      BirthRecord repeated = civilStatus().registerBirth(birth, key("birth"));
      assertThat(repeated.registrationNo()).isEqualTo(first.registrationNo()).endsWith("/KS");
      assertThat(rows("sandbox_civil_status_birth", key("birth"))).isEqualTo(1);
      assertThat(civilStatus().birthByMedicalCertificate(certificate))
          .hasValueSatisfying(
              b -> assertThat(b.registrationNo()).isEqualTo(first.registrationNo()));

      Pin child = Pin.of(variant().equals("HTTP") ? "040226000004" : "040226000005");
      BirthPinLink link = new BirthPinLink("40135", first.registrationNo(), child);
      assertThat(civilStatus().linkChildPin(link, key("link")).childPin()).isEqualTo(child);
      assertThat(civilStatus().linkChildPin(link, key("link")).childPin()).isEqualTo(child);
    }

    @Test
    void refusesToLinkAPinToABirthItDoesNotHold() {
      assertThatThrownBy(
              () ->
                  civilStatus()
                      .linkChildPin(
                          new BirthPinLink("40135", "999/1999/KS", Pin.of("040226000006")),
                          key("link-ghost")))
          .isInstanceOf(RegistryRecordNotFoundException.class);
    }

    @Test
    void registersADeathOnce() {
      DeathRegistration death =
          new DeathRegistration(
              "01100",
              Pin.of(variant().equals("HTTP") ? "001040000007" : "001040000008"),
              LocalDate.of(2026, 11, 1),
              null,
              null);
      DeathRecord first = civilStatus().registerDeath(death, key("death"));
      assertThat(civilStatus().registerDeath(death, key("death"))).isEqualTo(first);
      assertThat(first.registrationNo()).endsWith("/KT");
      assertThat(rows("sandbox_civil_status_death", key("death"))).isEqualTo(1);
    }

    @Test
    void registersAMarriageOnce() {
      boolean http = variant().equals("HTTP");
      MarriageRegistration marriage =
          new MarriageRegistration(
              "01100",
              Pin.of(http ? "001095000009" : "001095000010"),
              Pin.of(http ? "001197000011" : "001197000012"));
      Marriage first = civilStatus().registerMarriage(marriage, key("marriage"));
      assertThat(civilStatus().registerMarriage(marriage, key("marriage"))).isEqualTo(first);
      assertThat(first.registrationNo()).endsWith("/KH");
      assertThat(first.isOpen()).isTrue();
      assertThat(rows("sandbox_civil_status_marriage", key("marriage"))).isEqualTo(1);
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    CivilStatusRegistry civilStatus() {
      return SandboxCivilStatusRegistry.loaded(jdbc, data, transactions);
    }

    @Override
    String variant() {
      return "SANDBOX";
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    CivilStatusRegistry civilStatus() {
      return new HttpCivilStatusRegistry(clients.client("civil-status"));
    }

    @Override
    String variant() {
      return "HTTP";
    }
  }
}
