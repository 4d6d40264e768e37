package vn.dvc.registry.healthfacilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Gender;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxData;

/** The health facilities' port contract, held by the sandbox and by the HTTP client against it. */
@DvcSpringBootTest
class HealthFacilityRegistryContractTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired RegistryHttpClients clients;

  abstract static class Contract {

    abstract HealthFacilityRegistry facilities();

    @Test
    void findsAnElectronicBirthCertificate() {
      assertThat(facilities().findBirthCertificate("CS-2026-000014"))
          .hasValue(
              new MedicalBirthCertificate(
                  "CS-2026-000014",
                  "Bệnh viện Sản Nhi",
                  Pin.of("025194448522"),
                  LocalDate.of(2026, 9, 5),
                  Gender.MALE));
      assertThat(facilities().findBirthCertificate("CS-1999-999999")).isEmpty();
    }

    @Test
    void findsADeathNoticeByNumberAndByPerson() {
      DeathNotice notice = facilities().findDeathNotice("BT-2026-000002").orElseThrow();
      assertThat(notice.deceasedPin()).isEqualTo(Pin.of("048140351649"));
      assertThat(notice.dateOfDeath()).isEqualTo(LocalDate.of(2026, 10, 5));
      assertThat(facilities().deathNoticeFor(Pin.of("048140351649"))).hasValue(notice);
      assertThat(facilities().deathNoticeFor(Pin.of("001062985408"))).isEmpty();
      assertThat(facilities().findDeathNotice("BT-1999-999999")).isEmpty();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    HealthFacilityRegistry facilities() {
      return SandboxHealthFacilityRegistry.loaded(jdbc, data);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    HealthFacilityRegistry facilities() {
      return new HttpHealthFacilityRegistry(clients.client("health-facilities"));
    }
  }
}
