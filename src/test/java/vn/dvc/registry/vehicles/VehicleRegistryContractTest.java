package vn.dvc.registry.vehicles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.population.Pin;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;

/** The vehicle port's contract, held by the sandbox and by the HTTP client against it. */
@DvcSpringBootTest
class VehicleRegistryContractTest {

  static final Pin OWNER = Pin.of("020165720543");
  static final String PLATE_OF_OWNER = "01-K9 88161";
  static final String FRAME_OF_OWNER = "RL611341280747";
  static final Pin OWNS_NO_VEHICLE = Pin.of("001030455036");

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired AdministrativeUnits units;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  int vehiclesWithFrame(String frameNo) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_vehicle where frame_no = ?", Integer.class, frameNo);
  }

  int writesWithKey(IdempotencyKey key) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_write where idempotency_key = ?", Integer.class, key.value());
  }

  abstract class Contract {

    abstract VehicleRegistry vehicles();

    /** Someone with no vehicle whom only this implementation's registration test writes for. */
    abstract Pin newOwner();

    abstract String name();

    @Test
    void findsTheVehiclesOfAnOwner() {
      assertThat(vehicles().vehiclesOwnedBy(OWNER))
          .containsExactly(
              new Vehicle(
                  PLATE_OF_OWNER,
                  OWNER,
                  "MOTORBIKE",
                  "Honda Vision",
                  FRAME_OF_OWNER,
                  "E095409239"));
    }

    @Test
    void answersNoVehiclesForSomeoneWhoOwnsNone() {
      assertThat(vehicles().vehiclesOwnedBy(OWNS_NO_VEHICLE)).isEmpty();
    }

    @Test
    void findsAVehicleByAPlateWithASpaceInIt() {
      assertThat(vehicles().findVehicle(PLATE_OF_OWNER))
          .hasValueSatisfying(v -> assertThat(v.ownerPin()).isEqualTo(OWNER));
    }

    @Test
    void answersEmptyForAnUnknownPlate() {
      assertThat(vehicles().findVehicle("01-A1 00000")).isEmpty();
    }

    @Test
    void registersAMotorbikeWithANewPlateOfTheCommunesProvinceOnceForOneKey() {
      String frameNo = "TEST-FRAME-" + name();
      IdempotencyKey key = new IdempotencyKey("TEST-VEH-" + name() + ":register");
      VehicleRegistration request =
          new VehicleRegistration(
              newOwner(), "MOTORBIKE", "Honda Wave", frameNo, "TEST-ENGINE-" + name(), "40135");

      Vehicle registered = vehicles().registerVehicle(request, key);

      assertThat(registered.plate()).matches("40-[A-Z][1-9] \\d{5}");
      assertThat(registered)
          .isEqualTo(
              new Vehicle(
                  registered.plate(),
                  newOwner(),
                  "MOTORBIKE",
                  "Honda Wave",
                  frameNo,
                  "TEST-ENGINE-" + name()));
      assertThat(vehicles().vehiclesOwnedBy(newOwner())).containsExactly(registered);

      Vehicle repeated = vehicles().registerVehicle(request, key);

      assertThat(repeated).isEqualTo(registered);
      assertThat(vehiclesWithFrame(frameNo)).isEqualTo(1);
      assertThat(writesWithKey(key)).isEqualTo(1);
    }

    @Test
    void refusesAFrameNumberRegisteredToAnotherVehicle() {
      IdempotencyKey key = new IdempotencyKey("TEST-VEH-" + name() + ":same-frame");
      VehicleRegistration sameFrame =
          new VehicleRegistration(
              newOwner(), "MOTORBIKE", "Honda Vision", FRAME_OF_OWNER, "E000000001", "01100");

      assertThatThrownBy(() -> vehicles().registerVehicle(sameFrame, key))
          .isInstanceOfSatisfying(
              RegistryRejectedRequestException.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.registry()).isEqualTo("vehicles");
              });
      assertThat(vehiclesWithFrame(FRAME_OF_OWNER)).isEqualTo(1);
      assertThat(writesWithKey(key)).isZero();
    }

    @Test
    void refusesACommuneItDoesNotKnow() {
      IdempotencyKey key = new IdempotencyKey("TEST-VEH-" + name() + ":unknown-commune");
      String frameNo = "TEST-FRAME-NOWHERE-" + name();
      VehicleRegistration nowhere =
          new VehicleRegistration(
              newOwner(), "MOTORBIKE", "Honda Vision", frameNo, "E000000002", "99999");

      assertThatThrownBy(() -> vehicles().registerVehicle(nowhere, key))
          .isInstanceOfSatisfying(
              RegistryRejectedRequestException.class, e -> assertThat(e.status()).isEqualTo(422));
      assertThat(vehiclesWithFrame(frameNo)).isZero();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    VehicleRegistry vehicles() {
      return SandboxVehicleRegistry.loaded(jdbc, data, units, transactions);
    }

    @Override
    Pin newOwner() {
      return Pin.of("001033272518");
    }

    @Override
    String name() {
      return "SANDBOX";
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    VehicleRegistry vehicles() {
      return new HttpVehicleRegistry(clients.client("vehicles"));
    }

    @Override
    Pin newOwner() {
      return Pin.of("001034191566");
    }

    @Override
    String name() {
      return "HTTP";
    }
  }

  @Test
  void templateTellsWhetherTheApplicantOwnsAVehicle() {
    assertThat(
            ElementTemplates.run(
                engine,
                "vn.dvc.vehicles.lookUpVehicles",
                "TEST-VEH-LOOKUP-1",
                Map.of(),
                Map.of("applicantPin", OWNER.value())))
        .containsEntry("ownsVehicle", true)
        .containsEntry("plates", PLATE_OF_OWNER);
    assertThat(
            ElementTemplates.run(
                engine,
                "vn.dvc.vehicles.lookUpVehicles",
                "TEST-VEH-LOOKUP-2",
                Map.of(),
                Map.of("applicantPin", OWNS_NO_VEHICLE.value())))
        .containsEntry("ownsVehicle", false)
        .containsEntry("plates", "");
  }

  @Test
  void templateRegistersAMotorbikeAndARetriedJobGetsTheSamePlate() {
    Pin owner = Pin.of("001040627873");
    Map<String, Object> variables =
        Map.of(
            "applicantPin", owner.value(),
            "vehicleBrand", "VinFast Evo",
            "frameNo", "TEST-FRAME-TEMPLATE",
            "engineNo", "TEST-ENGINE-TEMPLATE",
            "applicantCommuneCode", "79233");

    Map<String, Object> first =
        ElementTemplates.run(
            engine, "vn.dvc.vehicles.registerVehicle", "TEST-VEH-REGISTER-1", Map.of(), variables);

    assertThat((String) first.get("registeredPlate")).matches("79-[A-Z][1-9] \\d{5}");
    assertThat(
            SandboxVehicleRegistry.loaded(jdbc, data, units, transactions).vehiclesOwnedBy(owner))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.plate()).isEqualTo(first.get("registeredPlate"));
              assertThat(v.vehicleType()).isEqualTo("MOTORBIKE");
            });

    Map<String, Object> repeated =
        ElementTemplates.run(
            engine, "vn.dvc.vehicles.registerVehicle", "TEST-VEH-REGISTER-1", Map.of(), variables);

    assertThat(repeated).containsEntry("registeredPlate", first.get("registeredPlate"));
    assertThat(vehiclesWithFrame("TEST-FRAME-TEMPLATE")).isEqualTo(1);
  }
}
