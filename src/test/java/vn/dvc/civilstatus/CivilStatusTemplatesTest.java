package vn.dvc.civilstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.IdempotencyKey;

/**
 * The civil-status element templates, run as an analyst uses them. Reads use records of {@code
 * sandbox-data/civil-status.json}; writes use PINs that population does not hold (and medical
 * certificate CS-2026-000042, which no other test registers a birth on), so they add no conflict
 * between the registries.
 */
@DvcSpringBootTest
class CivilStatusTemplatesTest {

  /** Registry task of the one-task process {@link ElementTemplates#run} builds. */
  private static final String TASK = "Task_RunTemplate";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  private Map<String, Object> run(String operation, String dossier, Map<String, String> inputs) {
    return ElementTemplates.run(
        engine, "vn.dvc.civil-status." + operation, dossier, inputs, Map.of());
  }

  private Map<String, Object> read(String operation, String input, String value) {
    return run(operation, "TEST-CS-TPL-READ", Map.of(input, value));
  }

  private int rows(String table, String dossier) {
    return jdbc.queryForObject(
        "select count(*) from " + table + " where idempotency_key = ?",
        Integer.class,
        IdempotencyKey.of(dossier, TASK).value());
  }

  @Test
  void lookUpMarriagesGivesTheOpenMarriageAndTheOtherParty() {
    // She is the wife: the spouse is the husband.
    assertThat(read("lookUpMarriages", "pin", "020165720543"))
        .containsEntry("married", true)
        .containsEntry("marriageRegistrationNo", "1/1989/KH")
        .containsEntry("spousePin", "001062985408")
        .containsEntry("marriageCount", 1);
  }

  @Test
  void lookUpMarriagesCountsADissolvedMarriageButAnswersNotMarried() {
    assertThat(read("lookUpMarriages", "pin", "083054397763"))
        .containsEntry("married", false)
        .containsEntry("marriageRegistrationNo", null)
        .containsEntry("spousePin", null)
        .containsEntry("marriageCount", 1);
    assertThat(read("lookUpMarriages", "pin", "001099000002"))
        .containsEntry("married", false)
        .containsEntry("marriageRegistrationNo", null)
        .containsEntry("spousePin", null)
        .containsEntry("marriageCount", 0);
  }

  @Test
  void lookUpDeathGivesTheRegistrationOrNotRecordedDead() {
    assertThat(read("lookUpDeath", "pin", "046139188848"))
        .containsEntry("recordedDead", true)
        .containsEntry("deathRegistrationNo", "1/2024/KT")
        .containsEntry("dateOfDeath", "2024-12-05");
    assertThat(read("lookUpDeath", "pin", "001062985408"))
        .containsEntry("recordedDead", false)
        .containsEntry("deathRegistrationNo", null)
        .containsEntry("dateOfDeath", null);
  }

  @Test
  void lookUpBirthTellsWhetherTheBirthIsDigitised() {
    assertThat(read("lookUpBirth", "childPin", "001302206995"))
        .containsEntry("birthDigitised", true)
        .containsEntry("birthRegistrationNo", "1/2002/KS");
    assertThat(read("lookUpBirth", "childPin", "046214512191"))
        .containsEntry("birthDigitised", false)
        .containsEntry("birthRegistrationNo", null);
  }

  @Test
  void registerBirthWritesOneRecordPerDossierThenTheChildsPinIsLinkedToIt() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("communeCode", "40135");
    variables.put("childFullName", "Hồ Mẫu Khai");
    variables.put("childGender", "MALE");
    variables.put("childDateOfBirth", "2026-10-21");
    variables.put("motherPin", "040199000042");
    variables.put("fatherPin", null);
    String dossier = "TEST-CS-TPL-BIRTH";
    String template = "vn.dvc.civil-status.registerBirth";
    Map<String, String> certificate = Map.of("medicalCertificateNo", "CS-2026-000042");

    Map<String, Object> first =
        ElementTemplates.run(engine, template, dossier, certificate, variables);
    Map<String, Object> retried =
        ElementTemplates.run(engine, template, dossier, certificate, variables);

    String registrationNo = (String) first.get("birthRegistrationNo");
    assertThat(registrationNo).endsWith("/KS");
    assertThat(retried).containsEntry("birthRegistrationNo", registrationNo);
    assertThat(rows("sandbox_civil_status_birth", dossier)).isEqualTo(1);
    assertThat(read("lookUpBirthByMedicalCertificate", "certificateNo", "CS-2026-000042"))
        .containsEntry("birthAlreadyRegistered", true)
        .containsEntry("birthRegistrationNo", registrationNo);

    Map<String, String> link =
        Map.of(
            "communeCode", "40135",
            "birthRegistrationNo", registrationNo,
            "childPin", "040226000042");
    run("linkChildPinToBirth", "TEST-CS-TPL-LINK", link);
    run("linkChildPinToBirth", "TEST-CS-TPL-LINK", link);
    assertThat(
            jdbc.queryForList(
                "select registration_no from sandbox_civil_status_birth where child_pin = ?",
                String.class,
                "040226000042"))
        .containsExactly(registrationNo);
    assertThat(read("lookUpBirth", "childPin", "040226000042"))
        .containsEntry("birthDigitised", true)
        .containsEntry("birthRegistrationNo", registrationNo);
  }

  @Test
  void lookUpBirthByMedicalCertificateAnswersNotRegisteredForAnUnusedCertificate() {
    assertThat(read("lookUpBirthByMedicalCertificate", "certificateNo", "CS-1999-999999"))
        .containsEntry("birthAlreadyRegistered", false)
        .containsEntry("birthRegistrationNo", null);
  }

  @Test
  void linkChildPinToBirthOfABirthNobodyRegisteredIsAnIncident() {
    assertThatThrownBy(
            () ->
                run(
                    "linkChildPinToBirth",
                    "TEST-CS-TPL-LINK-GHOST",
                    Map.of(
                        "communeCode", "40135",
                        "birthRegistrationNo", "999/1999/KS",
                        "childPin", "040226000043")))
        .hasMessageContaining("999/1999/KS");
  }

  @Test
  void registerDeathWritesOneRecordPerDossier() {
    Map<String, String> death =
        Map.of(
            "communeCode", "01100",
            "deceasedPin", "001040000042",
            "dateOfDeath", "2026-11-01",
            "declarantPin", "001095000045",
            "deathNoticeNo", "");
    String dossier = "TEST-CS-TPL-DEATH";

    Map<String, Object> first = run("registerDeath", dossier, death);
    Map<String, Object> retried = run("registerDeath", dossier, death);

    String registrationNo = (String) first.get("deathRegistrationNo");
    assertThat(registrationNo).endsWith("/KT");
    assertThat(retried).containsEntry("deathRegistrationNo", registrationNo);
    assertThat(rows("sandbox_civil_status_death", dossier)).isEqualTo(1);
    assertThat(read("lookUpDeath", "pin", "001040000042"))
        .containsEntry("recordedDead", true)
        .containsEntry("deathRegistrationNo", registrationNo)
        .containsEntry("dateOfDeath", "2026-11-01");
  }

  @Test
  void registerDeathRefusesADateThatIsNotIsoNamingTheInputAndTheTask() {
    assertThatThrownBy(
            () ->
                run(
                    "registerDeath",
                    "TEST-CS-TPL-DEATH-BAD-DATE",
                    Map.of(
                        "communeCode", "01100",
                        "deceasedPin", "001040000043",
                        "dateOfDeath", "1/11/2026",
                        "declarantPin", "001095000045",
                        "deathNoticeNo", "")))
        .hasMessageContaining("'dateOfDeath'")
        .hasMessageContaining(TASK)
        .hasMessageContaining("1/11/2026");
    assertThat(rows("sandbox_civil_status_death", "TEST-CS-TPL-DEATH-BAD-DATE")).isZero();
  }

  @Test
  void registerMarriageWritesOneRecordPerDossier() {
    Map<String, String> marriage =
        Map.of(
            "communeCode", "01100",
            "husbandPin", "001095000045",
            "wifePin", "001197000046");
    String dossier = "TEST-CS-TPL-MARRIAGE";

    Map<String, Object> first = run("registerMarriage", dossier, marriage);
    Map<String, Object> retried = run("registerMarriage", dossier, marriage);

    String registrationNo = (String) first.get("marriageRegistrationNo");
    assertThat(registrationNo).endsWith("/KH");
    assertThat(retried).containsEntry("marriageRegistrationNo", registrationNo);
    assertThat(rows("sandbox_civil_status_marriage", dossier)).isEqualTo(1);
    assertThat(read("lookUpMarriages", "pin", "001095000045"))
        .containsEntry("married", true)
        .containsEntry("marriageRegistrationNo", registrationNo)
        .containsEntry("spousePin", "001197000046")
        .containsEntry("marriageCount", 1);
  }
}
