package vn.dvc.registry.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Pin;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.registry.RegistryRecordNotFoundException;
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
  @Autowired PlatformTransactionManager transactions;

  int writesWith(IdempotencyKey key) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_write where idempotency_key = ?", Integer.class, key.value());
  }

  int changesOf(String certificateNo) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_land_owner_change where certificate_no = ?",
        Integer.class,
        certificateNo);
  }

  abstract class Contract {

    abstract LandRegistry land();

    /** A parcel of one owner that no other test reads or writes, one per implementation. */
    abstract String certificateToChange();

    /** Keeps the keys of the two implementations apart: both write to the same tables. */
    abstract String variant();

    IdempotencyKey key(String operation) {
      return IdempotencyKey.of("TEST-LAND-" + variant(), operation);
    }

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

    @Test
    void findsEveryParcelThatCarriesADuplicatedParcelId() {
      assertThat(land().parcelsWithId("40156-54-0212"))
          .extracting(LandParcel::certificateNo)
          .containsExactly("DC421462", "DG102046");
    }

    @Test
    void findsTheOneParcelOfAnUnambiguousParcelId() {
      assertThat(land().parcelsWithId("01100-32-0214"))
          .singleElement()
          .satisfies(p -> assertThat(p.certificateNo()).isEqualTo("DB422283"));
    }

    @Test
    void answersNoParcelsForAnUnknownParcelId() {
      assertThat(land().parcelsWithId("99999-99-9999")).isEmpty();
    }

    @Test
    void registersNewOwnersOnceAndKeepsTheChangeInTheHistory() {
      String certificate = certificateToChange();
      List<Pin> buyers = List.of(Pin.of("001050191473"), Pin.of("001050282451"));
      OwnerChange change =
          new OwnerChange(
              LandChangeType.TRANSFER, "7/2026/CC-" + variant(), LocalDate.of(2026, 11, 5));
      IdempotencyKey key = key("change-owners");

      LandParcel changed = land().changeOwners(certificate, buyers, change, key);
      LandParcel repeated = land().changeOwners(certificate, buyers, change, key);

      assertThat(changed.ownerPins()).containsExactlyElementsOf(buyers);
      assertThat(changed.certificateNo()).isEqualTo(certificate);
      assertThat(repeated).isEqualTo(changed);
      assertThat(land().findByCertificate(certificate)).contains(changed);
      assertThat(land().parcelsOwnedBy(buyers.get(0)))
          .extracting(LandParcel::certificateNo)
          .contains(certificate);
      assertThat(writesWith(key)).isEqualTo(1);
      assertThat(changesOf(certificate)).isEqualTo(1);
    }

    @Test
    void refusesToChangeTheOwnersOfACertificateItDoesNotHold() {
      IdempotencyKey key = key("ghost-parcel");
      assertThatThrownBy(
              () ->
                  land()
                      .changeOwners(
                          "XX000000",
                          List.of(Pin.of("001050191473")),
                          new OwnerChange(LandChangeType.GIFT, null, LocalDate.of(2026, 11, 5)),
                          key))
          .isInstanceOf(RegistryRecordNotFoundException.class);
      assertThat(writesWith(key)).isZero();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    LandRegistry land() {
      return SandboxLandRegistry.loaded(jdbc, data, transactions);
    }

    @Override
    String certificateToChange() {
      return "DC738316";
    }

    @Override
    String variant() {
      return "SANDBOX";
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    LandRegistry land() {
      return new HttpLandRegistry(clients.client("land"));
    }

    @Override
    String certificateToChange() {
      return "DH970162";
    }

    @Override
    String variant() {
      return "HTTP";
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

  @Test
  void templateReadsTheParcelOfACertificate() {
    Map<String, Object> parcel =
        ElementTemplates.run(
            engine,
            "vn.dvc.land.lookUpLandParcel",
            "TEST-LAND-3",
            Map.of(),
            Map.of("certificateNo", "DB422283"));
    assertThat(parcel)
        .containsEntry("parcelFound", true)
        .containsEntry("parcelId", "01100-32-0214")
        .containsEntry("ownerPins", CO_OWNER.value() + ",020165720543")
        .containsEntry("ownerCount", 2)
        .containsEntry("mortgaged", true)
        .containsEntry("parcelCommuneCode", "01100");

    Map<String, Object> unknown =
        ElementTemplates.run(
            engine,
            "vn.dvc.land.lookUpLandParcel",
            "TEST-LAND-4",
            Map.of(),
            Map.of("certificateNo", "XX000000"));
    assertThat(unknown)
        .containsEntry("parcelFound", false)
        .containsEntry("ownerCount", 0)
        .containsEntry("ownerPins", null)
        .containsEntry("mortgaged", null);
  }

  @Test
  void templateRegistersTheNewOwnersOncePerDossier() {
    Map<String, Object> variables =
        Map.of(
            "certificateNo", "DG967980",
            "newOwnerPins", "001050741222, 001051382067",
            "changeType", "GIFT",
            "contractNo", "8/2026/CC-TEMPLATE");
    Map<String, Object> first =
        ElementTemplates.run(
            engine, "vn.dvc.land.changeLandOwners", "TEST-LAND-5", Map.of(), variables);
    Map<String, Object> again =
        ElementTemplates.run(
            engine, "vn.dvc.land.changeLandOwners", "TEST-LAND-5", Map.of(), variables);

    assertThat(first).containsEntry("landOwnerPins", "001050741222,001051382067");
    assertThat(again).containsEntry("landOwnerPins", "001050741222,001051382067");
    assertThat(changesOf("DG967980")).isEqualTo(1);
    assertThat(
            jdbc.queryForMap(
                "select change_type, contract_no, former_owner_pins from sandbox_land_owner_change"
                    + " where certificate_no = ?",
                "DG967980"))
        .containsEntry("CHANGE_TYPE", "GIFT")
        .containsEntry("CONTRACT_NO", "8/2026/CC-TEMPLATE")
        .containsEntry("FORMER_OWNER_PINS", "001080413836");
  }
}
