package vn.dvc.registry.socialinsurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
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
 * The social-insurance port's contract, held by the sandbox and by the HTTP client against the
 * sandbox.
 */
@DvcSpringBootTest
class SocialInsuranceRegistryContractTest {

  static final Pin LAID_OFF = Pin.of("020193973615");
  static final Pin NEVER_INSURED = Pin.of("001080095547");

  /**
   * Someone whose contract still runs; the sandbox data has no such record, so the test adds one
   * under a province code (099) no citizen of the data has.
   */
  static final Pin STILL_EMPLOYED = Pin.of("099085400001");

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void addSomeoneStillEmployed() {
    SandboxSocialInsuranceRegistry.loaded(jdbc, data);
    Integer present =
        jdbc.queryForObject(
            "select count(*) from sandbox_unemployment_insurance where pin = ?",
            Integer.class,
            STILL_EMPLOYED.value());
    if (present == 0) {
      jdbc.update(
          "insert into sandbox_unemployment_insurance (pin, social_insurance_no, employer,"
              + " months_last_24, contract_ended_on, average_monthly_salary_vnd)"
              + " values (?, '0990000001', 'Công ty thử nghiệm', 24, null, 9000000)",
          STILL_EMPLOYED.value());
    }
  }

  abstract static class Contract {

    abstract SocialInsuranceRegistry socialInsurance();

    @Test
    void findsTheContributionsOfSomeoneWhoseContractEnded() {
      assertThat(socialInsurance().unemploymentInsuranceOf(LAID_OFF))
          .hasValueSatisfying(
              record -> {
                assertThat(record.insured()).isEqualTo(LAID_OFF);
                assertThat(record.socialInsuranceNo()).isEqualTo("4214583846");
                assertThat(record.employer()).isEqualTo("Công ty CP Xây dựng Huế");
                assertThat(record.contributionMonthsLast24()).isEqualTo(11);
                assertThat(record.contractEndedOn()).isEqualTo(LocalDate.of(2026, 8, 27));
                assertThat(record.averageMonthlySalaryVnd()).isEqualTo(11_400_000L);
              });
    }

    @Test
    void answersNoContractEndWhileTheContractRuns() {
      assertThat(socialInsurance().unemploymentInsuranceOf(STILL_EMPLOYED))
          .hasValueSatisfying(
              record -> {
                assertThat(record.contractEndedOn()).isNull();
                assertThat(record.averageMonthlySalaryVnd()).isEqualTo(9_000_000L);
              });
    }

    @Test
    void answersEmptyForSomeoneWhoNeverContributed() {
      assertThat(socialInsurance().unemploymentInsuranceOf(NEVER_INSURED)).isEmpty();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    SocialInsuranceRegistry socialInsurance() {
      return SandboxSocialInsuranceRegistry.loaded(jdbc, data);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    SocialInsuranceRegistry socialInsurance() {
      return new HttpSocialInsuranceRegistry(clients.client("social-insurance"));
    }
  }

  @Test
  void templateGivesTheFactsOfTheBenefitDecision() {
    Map<String, Object> laidOff =
        ElementTemplates.run(
            engine,
            "vn.dvc.social-insurance.lookUpUnemploymentInsurance",
            "TEST-SI-1",
            Map.of(),
            Map.of("applicantPin", LAID_OFF.value()));
    assertThat(laidOff)
        .containsEntry("unemploymentInsured", true)
        .containsEntry("contributionMonthsLast24", 11)
        .containsEntry("contractEndedOn", "2026-08-27")
        .containsEntry("averageMonthlySalaryVnd", 11_400_000L);
  }

  @Test
  void templateAnswersNotInsuredForSomeoneWhoNeverContributed() {
    Map<String, Object> never =
        ElementTemplates.run(
            engine,
            "vn.dvc.social-insurance.lookUpUnemploymentInsurance",
            "TEST-SI-2",
            Map.of(),
            Map.of("applicantPin", NEVER_INSURED.value()));
    assertThat(never)
        .containsEntry("unemploymentInsured", false)
        .containsEntry("contributionMonthsLast24", 0)
        .containsEntry("contractEndedOn", null)
        .containsEntry("averageMonthlySalaryVnd", null);
  }
}
