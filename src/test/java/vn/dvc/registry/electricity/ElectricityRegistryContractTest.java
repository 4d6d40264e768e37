package vn.dvc.registry.electricity;

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
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;

/** The electricity port's contract, held by the sandbox and by the HTTP client against it. */
@DvcSpringBootTest
class ElectricityRegistryContractTest {

  static final Pin CUSTOMER = Pin.of("001055923776");
  static final ElectricityContract CONTRACT_OF_CUSTOMER =
      new ElectricityContract(
          "PE01100770945", CUSTOMER, "01100", "Xóm 11", "M95845647", "Tổng công ty Điện lực");
  static final Pin NO_CONTRACT = Pin.of("001030455036");

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired AdministrativeUnits units;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  int contractsOfCustomer(Pin customer) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_electricity_contract where customer_pin = ?",
        Integer.class,
        customer.value());
  }

  int contractsWithNo(String contractNo) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_electricity_contract where contract_no = ?",
        Integer.class,
        contractNo);
  }

  int writesWithKey(IdempotencyKey key) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_write where idempotency_key = ?", Integer.class, key.value());
  }

  abstract class Contract {

    abstract ElectricityRegistry electricity();

    /** Someone without a contract for whom only this implementation's test opens one. */
    abstract Pin newCustomer();

    /** A contract and its new holder that only this implementation's transfer test writes. */
    abstract String contractToTransfer();

    abstract Pin transferee();

    abstract String name();

    @Test
    void findsTheContractsOfACustomer() {
      assertThat(electricity().contractsOf(CUSTOMER)).containsExactly(CONTRACT_OF_CUSTOMER);
    }

    @Test
    void answersNoContractsForSomeoneWithoutAny() {
      assertThat(electricity().contractsOf(NO_CONTRACT)).isEmpty();
    }

    @Test
    void findsAContractByItsNumber() {
      assertThat(electricity().findContract("PE01100770945")).contains(CONTRACT_OF_CUSTOMER);
    }

    @Test
    void answersEmptyForAnUnknownContract() {
      assertThat(electricity().findContract("PE01100000000")).isEmpty();
    }

    @Test
    void opensANumberedContractWithoutAMeterOnceForOneKey() {
      IdempotencyKey key = new IdempotencyKey("TEST-ELEC-" + name() + ":open");
      NewElectricityContract request =
          new NewElectricityContract(newCustomer(), "48212", "Số 5, ngõ 12");

      ElectricityContract opened = electricity().openContract(request, key);

      assertThat(opened.contractNo()).matches("PE48212\\d{6}");
      assertThat(opened)
          .isEqualTo(
              new ElectricityContract(
                  opened.contractNo(),
                  newCustomer(),
                  "48212",
                  "Số 5, ngõ 12",
                  null,
                  "Tổng công ty Điện lực"));
      assertThat(electricity().contractsOf(newCustomer())).containsExactly(opened);

      ElectricityContract repeated = electricity().openContract(request, key);

      assertThat(repeated).isEqualTo(opened);
      assertThat(contractsOfCustomer(newCustomer())).isEqualTo(1);
      assertThat(writesWithKey(key)).isEqualTo(1);
    }

    @Test
    void refusesToOpenAContractInACommuneItDoesNotKnow() {
      IdempotencyKey key = new IdempotencyKey("TEST-ELEC-" + name() + ":open-nowhere");
      NewElectricityContract nowhere = new NewElectricityContract(NO_CONTRACT, "99999", "Xóm 1");

      assertThatThrownBy(() -> electricity().openContract(nowhere, key))
          .isInstanceOfSatisfying(
              RegistryRejectedRequestException.class,
              e -> {
                assertThat(e.status()).isEqualTo(422);
                assertThat(e.registry()).isEqualTo("electricity");
              });
      assertThat(contractsOfCustomer(NO_CONTRACT)).isZero();
      assertThat(writesWithKey(key)).isZero();
    }

    @Test
    void transfersAContractKeepingItsNumberAndMeterOnceForOneKey() {
      String contractNo = contractToTransfer();
      ElectricityContract before = electricity().findContract(contractNo).orElseThrow();
      IdempotencyKey key = new IdempotencyKey("TEST-ELEC-" + name() + ":transfer");

      ElectricityContract transferred =
          electricity().transferContract(contractNo, transferee(), key);

      assertThat(transferred)
          .isEqualTo(
              new ElectricityContract(
                  contractNo,
                  transferee(),
                  before.communeCode(),
                  before.address(),
                  before.meterNo(),
                  before.supplier()));
      assertThat(electricity().contractsOf(before.customerPin())).isEmpty();

      // A repeat naming another customer is still the first transfer.
      ElectricityContract repeated =
          electricity().transferContract(contractNo, before.customerPin(), key);

      assertThat(repeated).isEqualTo(transferred);
      assertThat(contractsWithNo(contractNo)).isEqualTo(1);
      assertThat(writesWithKey(key)).isEqualTo(1);
    }

    @Test
    void refusesToTransferAnUnknownContract() {
      IdempotencyKey key = new IdempotencyKey("TEST-ELEC-" + name() + ":transfer-unknown");

      assertThatThrownBy(() -> electricity().transferContract("PE01100000000", transferee(), key))
          .isInstanceOfSatisfying(
              RegistryRecordNotFoundException.class,
              e -> assertThat(e.registry()).isEqualTo("electricity"));
      assertThat(writesWithKey(key)).isZero();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    ElectricityRegistry electricity() {
      return SandboxElectricityRegistry.loaded(jdbc, data, units, transactions);
    }

    @Override
    Pin newCustomer() {
      return Pin.of("001041201928");
    }

    @Override
    String contractToTransfer() {
      return "PE01100304972";
    }

    @Override
    Pin transferee() {
      return Pin.of("001046290510");
    }

    @Override
    String name() {
      return "SANDBOX";
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    ElectricityRegistry electricity() {
      return new HttpElectricityRegistry(clients.client("electricity"));
    }

    @Override
    Pin newCustomer() {
      return Pin.of("001043933591");
    }

    @Override
    String contractToTransfer() {
      return "PE01100709753";
    }

    @Override
    Pin transferee() {
      return Pin.of("001048771025");
    }

    @Override
    String name() {
      return "HTTP";
    }
  }

  ElectricityRegistry sandbox() {
    return SandboxElectricityRegistry.loaded(jdbc, data, units, transactions);
  }

  @Test
  void templateTellsWhetherTheApplicantHasAContract() {
    assertThat(
            ElementTemplates.run(
                engine,
                "vn.dvc.electricity.lookUpElectricityContracts",
                "TEST-ELEC-LOOKUP-1",
                Map.of(),
                Map.of("applicantPin", CUSTOMER.value())))
        .containsEntry("hasElectricityContract", true)
        .containsEntry("electricityContractNos", "PE01100770945");
    assertThat(
            ElementTemplates.run(
                engine,
                "vn.dvc.electricity.lookUpElectricityContracts",
                "TEST-ELEC-LOOKUP-2",
                Map.of(),
                Map.of("applicantPin", NO_CONTRACT.value())))
        .containsEntry("hasElectricityContract", false)
        .containsEntry("electricityContractNos", "");
  }

  @Test
  void templateOpensAContractAndARetriedJobGetsTheSameNumber() {
    Pin customer = Pin.of("001044881385");
    Map<String, Object> variables =
        Map.of(
            "applicantPin", customer.value(),
            "supplyCommuneCode", "20254",
            "supplyAddress", "Thôn 3");

    Map<String, Object> first =
        ElementTemplates.run(
            engine,
            "vn.dvc.electricity.openElectricityContract",
            "TEST-ELEC-OPEN-1",
            Map.of(),
            variables);

    assertThat((String) first.get("electricityContractNo")).matches("PE20254\\d{6}");
    assertThat(sandbox().contractsOf(customer))
        .singleElement()
        .satisfies(c -> assertThat(c.contractNo()).isEqualTo(first.get("electricityContractNo")));

    Map<String, Object> repeated =
        ElementTemplates.run(
            engine,
            "vn.dvc.electricity.openElectricityContract",
            "TEST-ELEC-OPEN-1",
            Map.of(),
            variables);

    assertThat(repeated).containsEntry("electricityContractNo", first.get("electricityContractNo"));
    assertThat(contractsOfCustomer(customer)).isEqualTo(1);
  }

  @Test
  void templateTransfersAContractToTheApplicant() {
    String contractNo = "PE01100220955";
    Pin buyer = Pin.of("001049709245");

    Map<String, Object> result =
        ElementTemplates.run(
            engine,
            "vn.dvc.electricity.transferElectricityContract",
            "TEST-ELEC-TRANSFER-1",
            Map.of(),
            Map.of("electricityContractNo", contractNo, "applicantPin", buyer.value()));

    assertThat(result).containsEntry("transferredContractNo", contractNo);
    assertThat(sandbox().findContract(contractNo))
        .hasValueSatisfying(c -> assertThat(c.customerPin()).isEqualTo(buyer));
    assertThat(contractsWithNo(contractNo)).isEqualTo(1);
  }
}
