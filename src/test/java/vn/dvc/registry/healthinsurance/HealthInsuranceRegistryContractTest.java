package vn.dvc.registry.healthinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;

/**
 * The health-insurance port's contract, held by the sandbox and by the HTTP client against the
 * sandbox. Writes concern PINs of a province code (099) no citizen of the sandbox data has, so they
 * touch no record another test reads.
 */
@DvcSpringBootTest
class HealthInsuranceRegistryContractTest {

  static final Pin HOUSEHOLD_MEMBER = Pin.of("001050727216");
  static final String HOUSEHOLD_CARD = "GD47395131990";
  static final Pin UNINSURED = Pin.of("001054031127");

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired SandboxData data;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  int cardsInTable(Pin holder) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_health_insurance_card where holder_pin = ?",
        Integer.class,
        holder.value());
  }

  abstract class Contract {

    abstract HealthInsuranceRegistry healthInsurance();

    /** Keeps the records written through each implementation apart. */
    abstract int implementation();

    Pin ownHolder(int n) {
      return Pin.of(String.format("099326%d00%03d", implementation(), n));
    }

    IdempotencyKey key(String operation) {
      return IdempotencyKey.of("TEST-HI-" + implementation(), operation);
    }

    HealthInsuranceCard issue(Pin holder, LocalDate from, LocalDate to, String operation) {
      return healthInsurance()
          .issueCard(
              new HealthCardIssue(holder, null, HealthInsuranceCategory.HOUSEHOLD, from, to),
              key(operation));
    }

    @Test
    void findsTheCardsOfAHolder() {
      assertThat(healthInsurance().cardsOf(HOUSEHOLD_MEMBER))
          .singleElement()
          .satisfies(
              card -> {
                assertThat(card.cardNo()).isEqualTo(HOUSEHOLD_CARD);
                assertThat(card.householdId()).isEqualTo("HK0110000007");
                assertThat(card.category()).isEqualTo(HealthInsuranceCategory.HOUSEHOLD);
                assertThat(card.validFrom()).isEqualTo(LocalDate.of(2026, 1, 8));
                assertThat(card.validTo()).isEqualTo(LocalDate.of(2027, 1, 7));
              });
    }

    @Test
    void answersNoCardsForSomeoneUninsured() {
      assertThat(healthInsurance().cardsOf(UNINSURED)).isEmpty();
    }

    @Test
    void findsACardByItsNumber() {
      assertThat(healthInsurance().findCard(HOUSEHOLD_CARD))
          .hasValueSatisfying(card -> assertThat(card.holderPin()).isEqualTo(HOUSEHOLD_MEMBER));
    }

    @Test
    void answersEmptyForAnUnknownCardNumber() {
      assertThat(healthInsurance().findCard("XX40000000000")).isEmpty();
    }

    @Test
    void issuesACardNumberedByTheRegistryForTheRequestedPeriod() {
      Pin newborn = ownHolder(1);
      HealthInsuranceCard card =
          healthInsurance()
              .issueCard(
                  new HealthCardIssue(
                      newborn,
                      "HK0990000001",
                      HealthInsuranceCategory.CHILD_UNDER_6,
                      LocalDate.of(2026, 11, 20),
                      LocalDate.of(2032, 11, 19)),
                  key("issue-newborn"));

      assertThat(card.cardNo()).matches("TE4\\d{10}");
      assertThat(card.holderPin()).isEqualTo(newborn);
      assertThat(card.householdId()).isEqualTo("HK0990000001");
      assertThat(card.category()).isEqualTo(HealthInsuranceCategory.CHILD_UNDER_6);
      assertThat(card.validFrom()).isEqualTo(LocalDate.of(2026, 11, 20));
      assertThat(card.validTo()).isEqualTo(LocalDate.of(2032, 11, 19));
      assertThat(healthInsurance().findCard(card.cardNo())).contains(card);
      assertThat(healthInsurance().cardsOf(newborn)).containsExactly(card);
    }

    @Test
    void issuingAgainWithTheSameKeyAnswersTheFirstCardAndIssuesNoOther() {
      Pin holder = ownHolder(2);
      HealthInsuranceCard first =
          issue(holder, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "issue-twice");
      HealthInsuranceCard again =
          issue(holder, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "issue-twice");

      assertThat(again).isEqualTo(first);
      assertThat(cardsInTable(holder)).isEqualTo(1);
    }

    @Test
    void issuesACardFromTheEngineTodayForOneYearWhenNoPeriodIsAsked() {
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T18:30:00Z")));
      HealthInsuranceCard card = issue(ownHolder(3), null, null, "issue-default-period");

      // 01:30 on the 24th in Vietnam: the registry's day is the Vietnamese one.
      assertThat(card.validFrom()).isEqualTo(LocalDate.of(2026, 11, 24));
      assertThat(card.validTo()).isEqualTo(LocalDate.of(2027, 11, 23));
    }

    @Test
    void refusesASecondCardForAPeriodTheHolderIsAlreadyInsuredFor() {
      Pin holder = ownHolder(4);
      issue(holder, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "issue-first");

      assertThatThrownBy(
              () ->
                  issue(
                      holder,
                      LocalDate.of(2026, 12, 31),
                      LocalDate.of(2027, 12, 30),
                      "issue-overlapping"))
          .isInstanceOf(RegistryRejectedRequestException.class)
          .satisfies(
              e -> assertThat(((RegistryRejectedRequestException) e).status()).isEqualTo(409));
      assertThat(cardsInTable(holder)).isEqualTo(1);
      assertThat(
              issue(holder, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "issue-next")
                  .validFrom())
          .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void renewsACardToTheNewEndDateOnceForTheSameKey() {
      Pin holder = ownHolder(5);
      HealthInsuranceCard card =
          issue(holder, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "issue-to-renew");

      HealthInsuranceCard renewed =
          healthInsurance().renewCard(card.cardNo(), LocalDate.of(2027, 12, 31), key("renew"));
      assertThat(renewed.cardNo()).isEqualTo(card.cardNo());
      assertThat(renewed.validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
      assertThat(renewed.validTo()).isEqualTo(LocalDate.of(2027, 12, 31));

      HealthInsuranceCard repeated =
          healthInsurance().renewCard(card.cardNo(), LocalDate.of(2028, 12, 31), key("renew"));
      assertThat(repeated).isEqualTo(renewed);
      assertThat(healthInsurance().findCard(card.cardNo())).contains(renewed);
      assertThat(cardsInTable(holder)).isEqualTo(1);
    }

    @Test
    void renewingAnUnknownCardIsARecordNotFound() {
      assertThatThrownBy(
              () ->
                  healthInsurance()
                      .renewCard("XX40000000000", LocalDate.of(2027, 12, 31), key("renew-unknown")))
          .isInstanceOf(RegistryRecordNotFoundException.class);
    }

    @Test
    void refusesARenewalThatDoesNotExtendTheCard() {
      HealthInsuranceCard card =
          issue(ownHolder(6), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "issue-short");

      assertThatThrownBy(
              () ->
                  healthInsurance()
                      .renewCard(card.cardNo(), LocalDate.of(2026, 12, 31), key("renew-same-day")))
          .isInstanceOf(RegistryRejectedRequestException.class);
      assertThat(healthInsurance().findCard(card.cardNo())).contains(card);
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    HealthInsuranceRegistry healthInsurance() {
      return SandboxHealthInsuranceRegistry.loaded(jdbc, transactions, data);
    }

    @Override
    int implementation() {
      return 1;
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    HealthInsuranceRegistry healthInsurance() {
      return new HttpHealthInsuranceRegistry(clients.client("health-insurance"));
    }

    @Override
    int implementation() {
      return 2;
    }
  }

  @Test
  void lookUpTemplateTellsWhetherACardCoversTheEngineToday() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T03:00:00Z")));
    Map<String, Object> insured =
        ElementTemplates.run(
            engine,
            "vn.dvc.health-insurance.lookUpHealthInsuranceCards",
            "TEST-HI-LOOKUP-1",
            Map.of(),
            Map.of("applicantPin", HOUSEHOLD_MEMBER.value()));
    assertThat(insured)
        .containsEntry("hasValidCard", true)
        .containsEntry("healthCardNos", HOUSEHOLD_CARD)
        .containsEntry("healthCardValidTo", "2027-01-07");

    // The card ends on 7 January; at 00:30 on the 8th in Vietnam it no longer covers the day.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-07T17:30:00Z")));
    Map<String, Object> lapsed =
        ElementTemplates.run(
            engine,
            "vn.dvc.health-insurance.lookUpHealthInsuranceCards",
            "TEST-HI-LOOKUP-2",
            Map.of(),
            Map.of("applicantPin", HOUSEHOLD_MEMBER.value()));
    assertThat(lapsed)
        .containsEntry("hasValidCard", false)
        .containsEntry("healthCardNos", HOUSEHOLD_CARD);
  }

  @Test
  void lookUpTemplateAnswersNoCardForSomeoneUninsured() {
    Map<String, Object> uninsured =
        ElementTemplates.run(
            engine,
            "vn.dvc.health-insurance.lookUpHealthInsuranceCards",
            "TEST-HI-LOOKUP-3",
            Map.of(),
            Map.of("applicantPin", UNINSURED.value()));
    assertThat(uninsured)
        .containsEntry("hasValidCard", false)
        .containsEntry("healthCardNos", "")
        .containsEntry("healthCardValidTo", null);
  }

  @Test
  void issueTemplateIssuesOneCardPerDossierForTheNewborn() {
    Pin newborn = Pin.of("099326300001");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T03:00:00Z")));
    Map<String, Object> variables = new HashMap<>();
    variables.put("childPin", newborn.value());
    Map<String, Object> first =
        ElementTemplates.run(
            engine,
            "vn.dvc.health-insurance.issueHealthInsuranceCard",
            "TEST-HI-ISSUE-1",
            Map.of(),
            variables);
    Map<String, Object> retried =
        ElementTemplates.run(
            engine,
            "vn.dvc.health-insurance.issueHealthInsuranceCard",
            "TEST-HI-ISSUE-1",
            Map.of(),
            variables);

    String cardNo = (String) first.get("healthCardNo");
    assertThat(cardNo).matches("TE4\\d{10}");
    assertThat(retried).containsEntry("healthCardNo", cardNo);
    assertThat(cardsInTable(newborn)).isEqualTo(1);
    assertThat(SandboxHealthInsuranceRegistry.loaded(jdbc, transactions, data).findCard(cardNo))
        .hasValueSatisfying(
            card -> {
              assertThat(card.holderPin()).isEqualTo(newborn);
              assertThat(card.householdId()).isNull();
              assertThat(card.validFrom()).isEqualTo(LocalDate.of(2026, 11, 23));
            });
  }

  @Test
  void renewTemplateExtendsTheCardAndTellsUntilWhen() {
    HealthInsuranceRegistry sandbox =
        SandboxHealthInsuranceRegistry.loaded(jdbc, transactions, data);
    HealthInsuranceCard card =
        sandbox.issueCard(
            new HealthCardIssue(
                Pin.of("099326300002"),
                "HK0990000002",
                HealthInsuranceCategory.HOUSEHOLD,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)),
            IdempotencyKey.of("TEST-HI-RENEW-0", "issue"));

    Map<String, Object> renewed =
        ElementTemplates.run(
            engine,
            "vn.dvc.health-insurance.renewHealthInsuranceCard",
            "TEST-HI-RENEW-1",
            Map.of(),
            Map.of("healthCardNo", card.cardNo(), "renewalValidTo", "2027-12-31"));

    assertThat(renewed).containsEntry("renewedUntil", "2027-12-31");
    assertThat(sandbox.findCard(card.cardNo()))
        .hasValueSatisfying(c -> assertThat(c.validTo()).isEqualTo(LocalDate.of(2027, 12, 31)));
  }
}
