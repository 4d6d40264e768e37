package vn.dvc.registry.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/**
 * The business registry port's contract, held by the sandbox and by the HTTP client against the
 * sandbox.
 */
@DvcSpringBootTest
class BusinessRegistryContractTest {

  static final Pin REPRESENTATIVE_WITHOUT_SEAL = Pin.of("079312613623");
  static final String ENTERPRISE_WITHOUT_SEAL = "1944014812";
  static final String ENTERPRISE_WITH_SEAL = "9230166097";
  static final Pin REPRESENTATIVE_WITH_SEAL = Pin.of("020065753914");
  static final Pin REPRESENTS_NOTHING = Pin.of("001030455036");

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  abstract static class Contract {

    abstract BusinessRegistry registry();

    @Test
    void findsTheEnterpriseALegalRepresentativeSignsFor() {
      assertThat(registry().enterprisesRepresentedBy(REPRESENTATIVE_WITHOUT_SEAL))
          .containsExactly(
              new Enterprise(
                  ENTERPRISE_WITHOUT_SEAL,
                  "Công ty TNHH Xây dựng Sông Lam 4",
                  REPRESENTATIVE_WITHOUT_SEAL,
                  "79240",
                  LocalDate.of(2024, 5, 1),
                  false));
    }

    @Test
    void answersNoEnterprisesForSomeoneWhoRepresentsNone() {
      assertThat(registry().enterprisesRepresentedBy(REPRESENTS_NOTHING)).isEmpty();
    }

    @Test
    void findsAnEnterpriseByItsCode() {
      assertThat(registry().findEnterprise(ENTERPRISE_WITH_SEAL))
          .hasValueSatisfying(
              e -> {
                assertThat(e.legalRepresentativePin()).isEqualTo(REPRESENTATIVE_WITH_SEAL);
                assertThat(e.communeCode()).isEqualTo("01100");
                assertThat(e.registeredOn()).isEqualTo(LocalDate.of(2010, 10, 30));
                assertThat(e.hasSeal()).isTrue();
              });
    }

    @Test
    void answersEmptyForAnUnknownEnterpriseCode() {
      assertThat(registry().findEnterprise("0000000000")).isEmpty();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    BusinessRegistry registry() {
      return SandboxBusinessRegistry.loaded(jdbc, data);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    BusinessRegistry registry() {
      return new HttpBusinessRegistry(clients.client("business-registry"));
    }
  }

  @Test
  void templateTellsWhetherTheApplicantRepresentsAnEnterprise() {
    Map<String, Object> representative =
        ElementTemplates.run(
            engine,
            "vn.dvc.business-registry.lookUpEnterprisesRepresented",
            "TEST-BUSINESS-1",
            Map.of(),
            Map.of("applicantPin", REPRESENTATIVE_WITHOUT_SEAL.value()));
    assertThat(representative)
        .containsEntry("representsEnterprise", true)
        .containsEntry("enterpriseCodes", ENTERPRISE_WITHOUT_SEAL);

    Map<String, Object> nobody =
        ElementTemplates.run(
            engine,
            "vn.dvc.business-registry.lookUpEnterprisesRepresented",
            "TEST-BUSINESS-2",
            Map.of(),
            Map.of("applicantPin", REPRESENTS_NOTHING.value()));
    assertThat(nobody)
        .containsEntry("representsEnterprise", false)
        .containsEntry("enterpriseCodes", "");
  }

  @Test
  void templateTellsTheSealSeatAndRepresentativeOfAnEnterprise() {
    Map<String, Object> found =
        ElementTemplates.run(
            engine,
            "vn.dvc.business-registry.lookUpEnterprise",
            "TEST-BUSINESS-3",
            Map.of(),
            Map.of("enterpriseCode", ENTERPRISE_WITHOUT_SEAL));
    assertThat(found)
        .containsEntry("enterpriseFound", true)
        .containsEntry("enterpriseHasSeal", false)
        .containsEntry("enterpriseCommuneCode", "79240")
        .containsEntry("enterpriseRepresentativePin", REPRESENTATIVE_WITHOUT_SEAL.value());
  }

  @Test
  void templateLeavesTheFactsOfAnUnknownEnterpriseEmpty() {
    Map<String, Object> unknown =
        ElementTemplates.run(
            engine,
            "vn.dvc.business-registry.lookUpEnterprise",
            "TEST-BUSINESS-4",
            Map.of(),
            Map.of("enterpriseCode", "0000000000"));
    assertThat(unknown)
        .containsEntry("enterpriseFound", false)
        .containsEntry("enterpriseHasSeal", null)
        .containsEntry("enterpriseCommuneCode", null)
        .containsEntry("enterpriseRepresentativePin", null);
  }
}
