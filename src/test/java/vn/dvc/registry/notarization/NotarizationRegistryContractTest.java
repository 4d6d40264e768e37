package vn.dvc.registry.notarization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Pin;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxServerProperties;

/**
 * The notarization port's contract, held by the sandbox and by the HTTP client against the sandbox.
 * The sandbox data has no notarized contracts: the test adds its own through the sandbox-only
 * endpoint.
 */
@DvcSpringBootTest
class NotarizationRegistryContractTest {

  static final Pin BUYER_AND_TENANT = Pin.of("001082761874");
  static final Pin SELLER = Pin.of("046169514161");
  static final Pin LANDLORD = Pin.of("040076497850");
  static final Pin PARTY_TO_NOTHING = Pin.of("001092486063");

  static final NotarizedContract LAND_TRANSFER =
      new NotarizedContract(
          "TESTC-0001/2026/CC-SCC/HĐGD",
          "LAND_TRANSFER",
          "Văn phòng công chứng Ba Đình",
          LocalDate.of(2026, 5, 20),
          "Chuyển nhượng quyền sử dụng đất thửa 01100-32-0999",
          List.of(BUYER_AND_TENANT, SELLER));
  static final NotarizedContract RENTAL =
      new NotarizedContract(
          "TESTC-0002/2026/CC-SCC/HĐTN",
          "RENTAL",
          "Phòng công chứng số 1 Hà Nội",
          LocalDate.of(2026, 7, 1),
          "Thuê nhà ở tại số 12 ngõ 5 Đội Cấn",
          List.of(BUYER_AND_TENANT, LANDLORD));

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired SandboxServerProperties server;

  @BeforeEach
  void addTheTestContractsOnce() {
    for (NotarizedContract contract : List.of(LAND_TRANSFER, RENTAL)) {
      Integer held =
          jdbc.queryForObject(
              "select count(*) from sandbox_notarized_contract where contract_no = ?",
              Integer.class,
              contract.contractNo());
      if (held == 0) {
        assertThat(add(contract).getStatusCode()).isEqualTo(HttpStatus.CREATED);
      }
    }
  }

  ResponseEntity<String> add(Object contract) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(server.username(), server.password())
        .postForEntity(
            "/sandbox/notarization/contracts", new HttpEntity<>(contract, headers), String.class);
  }

  abstract static class Contract {

    abstract NotarizationRegistry notarization();

    @Test
    void findsEveryContractOfAPartyOldestFirstWithAllParties() {
      assertThat(notarization().contractsOf(BUYER_AND_TENANT))
          .containsExactly(LAND_TRANSFER, RENTAL);
    }

    @Test
    void findsTheContractsOfTheOtherParty() {
      assertThat(notarization().contractsOf(LANDLORD)).containsExactly(RENTAL);
    }

    @Test
    void answersNoContractsForSomeoneWhoIsPartyToNone() {
      assertThat(notarization().contractsOf(PARTY_TO_NOTHING)).isEmpty();
    }

    @Test
    void findsAContractByItsNumberThoughItHoldsSlashes() {
      assertThat(notarization().findContract(LAND_TRANSFER.contractNo())).contains(LAND_TRANSFER);
    }

    @Test
    void answersEmptyForAnUnknownContractNumber() {
      assertThat(notarization().findContract("TESTC-9999/2026/CC-SCC/HĐGD")).isEmpty();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    NotarizationRegistry notarization() {
      return SandboxNotarizationRegistry.loaded(jdbc, transactions);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    NotarizationRegistry notarization() {
      return new HttpNotarizationRegistry(clients.client("notarization"));
    }
  }

  @Test
  void sandboxRefusesASecondContractWithTheSameNumber() {
    ResponseEntity<String> repeated = add(RENTAL);
    assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(repeated.getBody()).contains("sandbox-duplicate-record");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_notarized_contract_party where contract_no = ?",
                Integer.class,
                RENTAL.contractNo()))
        .isEqualTo(2);
  }

  @Test
  void sandboxRefusesAContractWithoutParties() {
    NotarizedContract noParties =
        new NotarizedContract(
            "TESTC-0003/2026/CC-SCC/HĐ",
            "GIFT",
            "Phòng công chứng số 1 Hà Nội",
            LocalDate.of(2026, 8, 1),
            "Tặng cho",
            List.of());
    assertThat(add(noParties).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            SandboxNotarizationRegistry.loaded(jdbc, transactions)
                .findContract(noParties.contractNo()))
        .isEmpty();
  }

  @Test
  void templateFindsOnlyContractsOfTheWantedType() {
    Map<String, Object> rentals =
        ElementTemplates.run(
            engine,
            "vn.dvc.notarization.lookUpNotarizedContracts",
            "TEST-NOTARIZATION-1",
            Map.of("contractType", "RENTAL"),
            Map.of("applicantPin", BUYER_AND_TENANT.value()));
    assertThat(rentals)
        .containsEntry("hasContract", true)
        .containsEntry("contractNos", RENTAL.contractNo());

    Map<String, Object> mortgages =
        ElementTemplates.run(
            engine,
            "vn.dvc.notarization.lookUpNotarizedContracts",
            "TEST-NOTARIZATION-2",
            Map.of("contractType", "MORTGAGE"),
            Map.of("applicantPin", BUYER_AND_TENANT.value()));
    assertThat(mortgages).containsEntry("hasContract", false).containsEntry("contractNos", "");
  }

  @Test
  void templateWithoutATypeFindsEveryContract() {
    Map<String, Object> all =
        ElementTemplates.run(
            engine,
            "vn.dvc.notarization.lookUpNotarizedContracts",
            "TEST-NOTARIZATION-3",
            Map.of(),
            Map.of("applicantPin", BUYER_AND_TENANT.value()));
    assertThat(all)
        .containsEntry("hasContract", true)
        .containsEntry("contractNos", LAND_TRANSFER.contractNo() + "," + RENTAL.contractNo());

    Map<String, Object> nobody =
        ElementTemplates.run(
            engine,
            "vn.dvc.notarization.lookUpNotarizedContracts",
            "TEST-NOTARIZATION-4",
            Map.of(),
            Map.of("applicantPin", PARTY_TO_NOTHING.value()));
    assertThat(nobody).containsEntry("hasContract", false);
  }
}
