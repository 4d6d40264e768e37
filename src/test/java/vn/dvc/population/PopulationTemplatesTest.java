package vn.dvc.population;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.IdempotencyKey;

/**
 * The population element templates, run as an analyst uses them. Reads use citizens of {@code
 * sandbox-data/population.json}; writes concern only newborns these tests register, whose mothers
 * population does not hold, so no other test's citizen changes.
 */
@DvcSpringBootTest
class PopulationTemplatesTest {

  /** Registry task of the one-task process {@link ElementTemplates#run} builds. */
  private static final String TASK = "Task_RunTemplate";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired PopulationRegistry population;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private Map<String, Object> run(String operation, String dossier, Map<String, String> inputs) {
    return ElementTemplates.run(
        engine, "vn.dvc.population." + operation, dossier, inputs, Map.of());
  }

  private Map<String, Object> lookUpCitizen(String pin) {
    return ElementTemplates.run(
        engine,
        "vn.dvc.population.lookUpCitizen",
        "TEST-POP-TPL-READ",
        Map.of(),
        Map.of("applicantPin", pin));
  }

  private int writesWith(String dossier) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_write where idempotency_key = ?",
        Integer.class,
        IdempotencyKey.of(dossier, TASK).value());
  }

  /** A newborn of a mother population does not hold: a citizen no other test reads. */
  private Pin newborn(String dossier) {
    return population
        .registerNewborn(
            new Newborn(
                "Trần Mẫu Thử",
                Gender.MALE,
                LocalDate.of(2026, 10, 3),
                Pin.of("040199000052"),
                null,
                "40156",
                "52/2026/KS"),
            IdempotencyKey.of(dossier, "newborn"))
        .pin();
  }

  @Test
  void lookUpCitizenGivesTheCurrentCommuneOfAPreReformAddressAndTheAgeInVietnam() {
    // 23:30 on 9 July 2026 in Vietnam, the eve of her 40th birthday.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-09T16:30:00Z")));
    Map<String, Object> eve = lookUpCitizen("040186289011");
    assertThat(eve)
        .containsEntry("found", true)
        .containsEntry("gender", "FEMALE")
        .containsEntry("dateOfBirth", "1986-07-10")
        .containsEntry("ageInYears", 39)
        .containsEntry("maritalStatus", "SINGLE")
        .containsEntry("spousePin", null)
        .containsEntry("fatherPin", "040059397662")
        .containsEntry("motherPin", "040154168862")
        .containsEntry("householdId", "HK4015600577")
        // Registered as "Xã Diễn Hạnh, Huyện Diễn Châu", merged into Xã Hạnh Quảng.
        .containsEntry("communeCode", "40156")
        .containsEntry("deceased", false);

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-07-09T17:30:00Z")));
    assertThat(lookUpCitizen("040186289011")).containsEntry("ageInYears", 40);
  }

  @Test
  void lookUpCitizenGivesTheSpouseAndTheCommuneOfACurrentAddress() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T03:00:00Z")));
    assertThat(lookUpCitizen("001062985408"))
        .containsEntry("found", true)
        .containsEntry("gender", "MALE")
        .containsEntry("dateOfBirth", "1962-01-21")
        .containsEntry("ageInYears", 64)
        .containsEntry("maritalStatus", "MARRIED")
        .containsEntry("spousePin", "020165720543")
        .containsEntry("fatherPin", null)
        .containsEntry("motherPin", null)
        .containsEntry("householdId", "HK0110000001")
        .containsEntry("communeCode", "01100")
        .containsEntry("deceased", false);
  }

  @Test
  void lookUpCitizenAnswersNotFoundWithNullsRatherThanAnIncident() {
    Map<String, Object> nobody = lookUpCitizen("001099000001");
    assertThat(nobody).containsEntry("found", false);
    for (String fact :
        new String[] {
          "gender",
          "dateOfBirth",
          "ageInYears",
          "maritalStatus",
          "spousePin",
          "fatherPin",
          "motherPin",
          "householdId",
          "communeCode",
          "deceased"
        }) {
      assertThat(nobody).containsEntry(fact, null);
    }
  }

  @Test
  void lookUpHouseholdMembersListsEveryPinAndCountsThem() {
    assertThat(
            run(
                "lookUpHouseholdMembers",
                "TEST-POP-TPL-READ",
                Map.of("householdId", "HK0112100218")))
        .containsEntry("householdMemberPins", "001030455036,001073272169")
        .containsEntry("householdSize", 2);
    assertThat(
            run(
                "lookUpHouseholdMembers",
                "TEST-POP-TPL-READ",
                Map.of("householdId", "HK0000000000")))
        .containsEntry("householdMemberPins", "")
        .containsEntry("householdSize", 0);
  }

  @Test
  void registerNewbornAssignsOnePinPerDossierFromTheProcessVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("childFullName", "Lê Mẫu Đơn");
    variables.put("childGender", "FEMALE");
    variables.put("childDateOfBirth", "2026-10-02");
    variables.put("motherPin", "040199000051");
    variables.put("fatherPin", null);
    variables.put("communeCode", "40156");
    variables.put("birthRegistrationNo", "51/2026/KS");
    String dossier = "TEST-POP-TPL-NEWBORN";
    String template = "vn.dvc.population.registerNewborn";

    Map<String, Object> first =
        ElementTemplates.run(engine, template, dossier, Map.of(), variables);
    Map<String, Object> retried =
        ElementTemplates.run(engine, template, dossier, Map.of(), variables);

    String childPin = (String) first.get("childPin");
    // Nghệ An (legacy code 040), a girl born in 2026 (century-and-gender digit 3).
    assertThat(childPin).matches("040326\\d{6}");
    assertThat(retried).containsEntry("childPin", childPin);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_population_citizen where idempotency_key = ?",
                Integer.class,
                IdempotencyKey.of(dossier, TASK).value()))
        .isEqualTo(1);
    Citizen child = population.findCitizen(Pin.of(childPin)).orElseThrow();
    assertThat(child.fullName()).isEqualTo("Lê Mẫu Đơn");
    assertThat(child.dateOfBirth()).isEqualTo(LocalDate.of(2026, 10, 2));
    assertThat(child.motherPin()).isEqualTo(Pin.of("040199000051"));
    assertThat(child.fatherPin()).isNull();
  }

  @Test
  void residenceTemplatesRegisterOnTheEngineTodayAndRemoveOncePerDossier() {
    Pin child = newborn("TEST-POP-TPL-RESIDENT");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-23T18:30:00Z")));
    Map<String, String> residence =
        Map.of(
            "pin", child.value(),
            "communeCode", "40135",
            "address", "Xóm Thử",
            "householdId", "HKTPL0000052",
            "registeredOn", "");

    Map<String, Object> registered =
        run("registerPermanentResidence", "TEST-POP-TPL-RESIDENCE", residence);
    run("registerPermanentResidence", "TEST-POP-TPL-RESIDENCE", residence);

    assertThat(registered).containsEntry("householdId", "HKTPL0000052");
    assertThat(writesWith("TEST-POP-TPL-RESIDENCE")).isEqualTo(1);
    Residence home = population.findCitizen(child).orElseThrow().permanentResidence();
    assertThat(home.communeCode()).isEqualTo("40135");
    assertThat(home.address()).isEqualTo("Xóm Thử");
    // 01:30 on 24 November in Vietnam.
    assertThat(home.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(
            run(
                "lookUpHouseholdMembers",
                "TEST-POP-TPL-READ",
                Map.of("householdId", "HKTPL0000052")))
        .containsEntry("householdMemberPins", child.value())
        .containsEntry("householdSize", 1);

    Map<String, String> removal = Map.of("pin", child.value());
    run("removePermanentResidence", "TEST-POP-TPL-REMOVAL", removal);
    run("removePermanentResidence", "TEST-POP-TPL-REMOVAL", removal);
    assertThat(writesWith("TEST-POP-TPL-REMOVAL")).isEqualTo(1);
    assertThat(population.findCitizen(child).orElseThrow().residence()).isEmpty();
  }

  @Test
  void recordDeathMarksTheCitizenDeceasedOncePerDossier() {
    Pin child = newborn("TEST-POP-TPL-DECEASED");
    Map<String, String> death = Map.of("pin", child.value(), "dateOfDeath", "2026-11-05");

    run("recordDeathInPopulation", "TEST-POP-TPL-DEATH", death);
    run("recordDeathInPopulation", "TEST-POP-TPL-DEATH", death);

    assertThat(writesWith("TEST-POP-TPL-DEATH")).isEqualTo(1);
    Citizen dead = population.findCitizen(child).orElseThrow();
    assertThat(dead.deceased()).isTrue();
    assertThat(dead.dateOfDeath()).isEqualTo(LocalDate.of(2026, 11, 5));
    assertThat(lookUpCitizen(child.value())).containsEntry("deceased", true);
  }

  @Test
  void recordMarriageMarriesOnePartyOncePerDossier() {
    Pin party = newborn("TEST-POP-TPL-MARRIED");
    Pin spouse = newborn("TEST-POP-TPL-SPOUSE");
    Map<String, String> marriage =
        Map.of("pin", party.value(), "spousePin", spouse.value(), "marriedOn", "2026-11-06");

    run("recordMarriageInPopulation", "TEST-POP-TPL-MARRIAGE", marriage);
    run("recordMarriageInPopulation", "TEST-POP-TPL-MARRIAGE", marriage);

    assertThat(writesWith("TEST-POP-TPL-MARRIAGE")).isEqualTo(1);
    Citizen married = population.findCitizen(party).orElseThrow();
    assertThat(married.maritalStatus()).isEqualTo(MaritalStatus.MARRIED);
    assertThat(married.spousePin()).isEqualTo(spouse);
    assertThat(married.marriedOn()).isEqualTo(LocalDate.of(2026, 11, 6));
    // One party per task: the spouse's record is the next task's write.
    assertThat(population.findCitizen(spouse).orElseThrow().maritalStatus())
        .isEqualTo(MaritalStatus.SINGLE);
    assertThat(lookUpCitizen(party.value()))
        .containsEntry("maritalStatus", "MARRIED")
        .containsEntry("spousePin", spouse.value());
  }

  @Test
  void aDateThatIsNotIsoIsRefusedNamingTheInputAndTheTask() {
    Pin child = newborn("TEST-POP-TPL-BAD-DATE");
    assertThatThrownBy(
            () ->
                run(
                    "recordDeathInPopulation",
                    "TEST-POP-TPL-BAD-DATE",
                    Map.of("pin", child.value(), "dateOfDeath", "05/11/2026")))
        .hasMessageContaining("'dateOfDeath'")
        .hasMessageContaining(TASK)
        .hasMessageContaining("05/11/2026");
    assertThat(population.findCitizen(child).orElseThrow().deceased()).isFalse();
  }
}
