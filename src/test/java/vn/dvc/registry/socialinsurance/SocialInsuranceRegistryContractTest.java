package vn.dvc.registry.socialinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
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
import vn.dvc.registry.RegistryRejectedRequestException;
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

  /** Twelve months exactly, the least a funeral allowance needs. */
  static final Pin TWELVE_MONTHS = Pin.of("046071570602");

  /**
   * A pensioner with no unemployment-insurance record; the sandbox data holds no pensioners, so the
   * test adds one under province code 099, which no citizen of the data has.
   */
  static final Pin PENSIONER = Pin.of("099050400002");

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired SandboxData data;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void addSomeoneStillEmployedAndAPensioner() {
    SandboxSocialInsuranceRegistry sandbox =
        SandboxSocialInsuranceRegistry.loaded(jdbc, transactions, data);
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
    if (sandbox.historyOf(PENSIONER).isEmpty()) {
      sandbox.addPensioner(new Pensioner(PENSIONER, "0990000002", LocalDate.of(2015, 3, 1)));
    }
  }

  /** Inner, not static: the writes count their rows in this test's database. */
  abstract class Contract {

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

    @Test
    void historyGivesTheMonthsContributedOfSomeoneWhoIsNoPensioner() {
      assertThat(socialInsurance().historyOf(TWELVE_MONTHS))
          .contains(new SocialInsuranceHistory(TWELVE_MONTHS, "4902898974", 12, false, null));
    }

    @Test
    void historyKnowsAPensionerWithoutContributionsOnRecord() {
      assertThat(socialInsurance().historyOf(PENSIONER))
          .contains(
              new SocialInsuranceHistory(
                  PENSIONER, "0990000002", 0, true, LocalDate.of(2015, 3, 1)));
    }

    @Test
    void historyIsEmptyForSomeoneSocialInsuranceNeverKnew() {
      assertThat(socialInsurance().historyOf(NEVER_INSURED)).isEmpty();
    }

    /** Each implementation grants for its own deceased, who no other test uses. */
    abstract Pin deceased();

    @Test
    void grantsTheFuneralAllowanceOnceForARepeatedKey() {
      FuneralAllowanceGrant grant = new FuneralAllowanceGrant(deceased(), BENEFICIARY, 23_400_000L);
      IdempotencyKey key = IdempotencyKey.of("TEST-SI-" + deceased().value(), "Task_Grant");

      FuneralAllowance first = socialInsurance().grantFuneralAllowance(grant, key);
      FuneralAllowance again = socialInsurance().grantFuneralAllowance(grant, key);

      assertThat(first.decisionNo()).matches("MT-\\d{4}-\\d{6}");
      assertThat(first.deceased()).isEqualTo(deceased());
      assertThat(first.beneficiary()).isEqualTo(BENEFICIARY);
      assertThat(first.amountVnd()).isEqualTo(23_400_000L);
      assertThat(first.grantedOn()).isNotNull();
      assertThat(again).isEqualTo(first);
      assertThat(allowancesFor(deceased())).isEqualTo(1);
    }

    @Test
    void refusesASecondFuneralAllowanceForTheSameDeceased() {
      Pin deceased = Pin.of(deceased().value().substring(0, 11) + "9");
      FuneralAllowanceGrant grant = new FuneralAllowanceGrant(deceased, BENEFICIARY, 23_400_000L);
      socialInsurance()
          .grantFuneralAllowance(grant, IdempotencyKey.of("TEST-SI-A", deceased.value()));

      assertThatThrownBy(
              () ->
                  socialInsurance()
                      .grantFuneralAllowance(
                          grant, IdempotencyKey.of("TEST-SI-B", deceased.value())))
          .isInstanceOf(RegistryRejectedRequestException.class)
          .hasMessageContaining("already granted");
      assertThat(allowancesFor(deceased)).isEqualTo(1);
    }
  }

  static final Pin BENEFICIARY = Pin.of("099090400003");

  int allowancesFor(Pin deceased) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_funeral_allowance where deceased_pin = ?",
        Integer.class,
        deceased.value());
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    SocialInsuranceRegistry socialInsurance() {
      return SandboxSocialInsuranceRegistry.loaded(jdbc, transactions, data);
    }

    @Override
    Pin deceased() {
      return Pin.of("099150400010");
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    SocialInsuranceRegistry socialInsurance() {
      return new HttpSocialInsuranceRegistry(clients.client("social-insurance"));
    }

    @Override
    Pin deceased() {
      return Pin.of("099150400020");
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

  @Test
  void historyTemplateGivesTheFactsOfTheFuneralAllowance() {
    Map<String, Object> twelveMonths = runHistoryTemplate("TEST-SI-3", TWELVE_MONTHS);
    Map<String, Object> pensioner = runHistoryTemplate("TEST-SI-4", PENSIONER);
    Map<String, Object> never = runHistoryTemplate("TEST-SI-5", NEVER_INSURED);

    assertThat(twelveMonths)
        .containsEntry("socialInsured", true)
        .containsEntry("contributionMonths", 12)
        .containsEntry("pensioner", false);
    assertThat(pensioner)
        .containsEntry("socialInsured", true)
        .containsEntry("contributionMonths", 0)
        .containsEntry("pensioner", true);
    assertThat(never)
        .containsEntry("socialInsured", false)
        .containsEntry("contributionMonths", 0)
        .containsEntry("pensioner", false);
  }

  @Test
  void grantTemplateRunTwiceForADossierGrantsOnce() {
    Pin deceased = Pin.of("099150400030");
    Map<String, Object> variables =
        Map.of(
            "deceasedPin",
            deceased.value(),
            "applicantPin",
            BENEFICIARY.value(),
            "funeralAllowanceVnd",
            23_400_000L);

    Map<String, Object> first =
        ElementTemplates.run(
            engine,
            "vn.dvc.social-insurance.grantFuneralAllowance",
            "TEST-SI-6",
            Map.of(),
            variables);
    Map<String, Object> again =
        ElementTemplates.run(
            engine,
            "vn.dvc.social-insurance.grantFuneralAllowance",
            "TEST-SI-6",
            Map.of(),
            variables);

    assertThat(first.get("funeralAllowanceDecisionNo")).asString().startsWith("MT-");
    assertThat(again)
        .containsEntry("funeralAllowanceDecisionNo", first.get("funeralAllowanceDecisionNo"));
    assertThat(allowancesFor(deceased)).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select amount_vnd from sandbox_funeral_allowance where deceased_pin = ?",
                Long.class,
                deceased.value()))
        .isEqualTo(23_400_000L);
  }

  private Map<String, Object> runHistoryTemplate(String dossier, Pin deceased) {
    return ElementTemplates.run(
        engine,
        "vn.dvc.social-insurance.lookUpSocialInsuranceHistory",
        dossier,
        Map.of(),
        Map.of("deceasedPin", deceased.value()));
  }
}
