package vn.dvc.registry.land;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Pin;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxData;

/** The land port's contract, held by the sandbox and by the HTTP client against the sandbox. */
@DvcSpringBootTest
class LandRegistryContractTest {

  static final Pin CO_OWNER = Pin.of("001062985408");
  static final Pin OWNS_NOTHING = Pin.of("001030455036");
  static final String CERTIFICATE_OF_SOLE_OWNER = "DH017424";

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  abstract static class Contract {

    abstract LandRegistry land();

    @Test
    void findsEveryParcelOfACoOwnerWithAllOwners() {
      assertThat(land().parcelsOwnedBy(CO_OWNER))
          .anySatisfy(
              parcel -> {
                assertThat(parcel.parcelId()).isEqualTo("01100-32-0214");
                assertThat(parcel.certificateNo()).isEqualTo("DB422283");
                assertThat(parcel.ownerPins()).containsExactly(CO_OWNER, Pin.of("020165720543"));
                assertThat(parcel.areaM2()).isEqualByComparingTo(new BigDecimal("299.8"));
                assertThat(parcel.mortgaged()).isTrue();
              });
    }

    @Test
    void answersNoParcelsForSomeoneWhoOwnsNone() {
      assertThat(land().parcelsOwnedBy(OWNS_NOTHING)).isEmpty();
    }

    @Test
    void findsAParcelByItsCertificate() {
      assertThat(land().findByCertificate(CERTIFICATE_OF_SOLE_OWNER))
          .hasValueSatisfying(
              p -> assertThat(p.ownerPins()).containsExactly(Pin.of("001055923776")));
    }

    @Test
    void answersEmptyForAnUnknownCertificate() {
      assertThat(land().findByCertificate("XX000000")).isEmpty();
    }

    @Test
    void keepsTwoParcelsThatShareAParcelIdApart() {
      assertThat(land().findByCertificate("DG102046"))
          .hasValueSatisfying(p -> assertThat(p.parcelId()).isEqualTo("40156-54-0212"));
      assertThat(land().findByCertificate("DC421462"))
          .hasValueSatisfying(
              p -> assertThat(p.ownerPins()).containsExactly(Pin.of("040192843068")));
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    LandRegistry land() {
      return SandboxLandRegistry.loaded(jdbc, data);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    LandRegistry land() {
      return new HttpLandRegistry(clients.client("land"));
    }
  }

  @Test
  void templateTellsWhetherTheApplicantOwnsLand() {
    Map<String, Object> owner =
        ElementTemplates.run(
            engine,
            "vn.dvc.land.lookUpLandParcels",
            "TEST-LAND-1",
            Map.of(),
            Map.of("applicantPin", CO_OWNER.value()));
    assertThat(owner)
        .containsEntry("ownsLand", true)
        .containsEntry("anyMortgaged", true)
        .containsKey("parcelIds");
    assertThat((String) owner.get("parcelIds")).contains("01100-32-0214");

    Map<String, Object> nobody =
        ElementTemplates.run(
            engine,
            "vn.dvc.land.lookUpLandParcels",
            "TEST-LAND-2",
            Map.of(),
            Map.of("applicantPin", OWNS_NOTHING.value()));
    assertThat(nobody).containsEntry("ownsLand", false).containsEntry("parcelIds", "");
  }
}
