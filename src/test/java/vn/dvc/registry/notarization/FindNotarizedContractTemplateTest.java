package vn.dvc.registry.notarization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Pin;
import vn.dvc.registry.ElementTemplates;

/**
 * The template that finds the one contract about a subject (a parcel): by the number the citizen
 * quoted, else among the party's contracts. The contracts are the test's own, on parties and
 * subjects no other test uses.
 */
@DvcSpringBootTest
class FindNotarizedContractTemplateTest {

  static final String TEMPLATE = "vn.dvc.notarization.findNotarizedContract";
  static final Pin SELLER = Pin.of("001051618648");
  static final Pin BUYER = Pin.of("001051838912");

  static final NotarizedContract OLDER_SALE =
      contract("TESTF-0001/2025/CC", "LAND_TRANSFER", 2025, "thửa 99999-01-0001, GCN DTEST001");
  static final NotarizedContract LATEST_SALE =
      contract("TESTF-0002/2026/CC", "LAND_TRANSFER", 2026, "thửa 99999-01-0001, GCN DTEST001");
  static final NotarizedContract GIFT_OF_ANOTHER_PARCEL =
      contract("TESTF-0003/2026/CC", "GIFT", 2026, "thửa 99999-01-0002, GCN DTEST002");

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ProcessEngine engine;

  static NotarizedContract contract(String number, String type, int year, String subject) {
    return new NotarizedContract(
        number,
        type,
        "Văn phòng công chứng Hoàn Kiếm",
        LocalDate.of(year, 3, 2),
        "Hợp đồng về quyền sử dụng đất " + subject,
        List.of(SELLER, BUYER));
  }

  @BeforeEach
  void addTheTestContractsOnce() {
    SandboxNotarizationRegistry sandbox = SandboxNotarizationRegistry.loaded(jdbc, transactions);
    for (NotarizedContract contract : List.of(OLDER_SALE, LATEST_SALE, GIFT_OF_ANOTHER_PARCEL)) {
      if (sandbox.findContract(contract.contractNo()).isEmpty()) {
        sandbox.add(contract);
      }
    }
  }

  Map<String, Object> find(String dossier, String contractNo, String type, String subjects) {
    return ElementTemplates.run(
        engine,
        TEMPLATE,
        dossier,
        Map.of("subjects", subjects, "contractType", type),
        Map.of("applicantPin", SELLER.value(), "contractNo", contractNo));
  }

  @Test
  void findsTheContractTheCitizenQuotedWithItsParties() {
    assertThat(find("TEST-NOTAR-F1", OLDER_SALE.contractNo(), "LAND_TRANSFER", "DTEST001"))
        .containsEntry("contractFound", true)
        .containsEntry("foundContractNo", OLDER_SALE.contractNo())
        .containsEntry("contractPartyPins", SELLER.value() + "," + BUYER.value())
        .containsEntry("contractNotarizedOn", "2025-03-02");
  }

  @Test
  void withoutANumberFindsThePartysLatestContractAboutTheSubject() {
    assertThat(find("TEST-NOTAR-F2", "", "LAND_TRANSFER", "DTEST001, 99999-01-0001"))
        .containsEntry("contractFound", true)
        .containsEntry("foundContractNo", LATEST_SALE.contractNo());
  }

  @Test
  void aQuotedNumberAboutAnotherParcelFallsBackToThePartysContractAboutThisOne() {
    assertThat(
            find("TEST-NOTAR-F3", GIFT_OF_ANOTHER_PARCEL.contractNo(), "LAND_TRANSFER", "DTEST001"))
        .containsEntry("contractFound", true)
        .containsEntry("foundContractNo", LATEST_SALE.contractNo());
  }

  @Test
  void answersNotFoundWhenNoContractOfThatTypeIsAboutTheSubject() {
    assertThat(find("TEST-NOTAR-F4", "NO-SUCH/2026", "INHERITANCE", "DTEST001"))
        .containsEntry("contractFound", false)
        .containsEntry("foundContractNo", null)
        .containsEntry("contractPartyPins", null);
    assertThat(find("TEST-NOTAR-F5", "", "GIFT", "DTEST001")).containsEntry("contractFound", false);
  }
}
