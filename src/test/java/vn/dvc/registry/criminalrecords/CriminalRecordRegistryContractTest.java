package vn.dvc.registry.criminalrecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
 * The judicial record port's contract, held by the sandbox and by the HTTP client against the
 * sandbox.
 */
@DvcSpringBootTest
class CriminalRecordRegistryContractTest {

  static final Pin EXPUNGED_ONLY = Pin.of("001091380452");
  static final Pin CONVICTED = Pin.of("001088781892");
  static final Pin NEVER_CONVICTED = Pin.of("001080095547");

  /**
   * The sandbox data has neither a judgment convicting several people nor anyone convicted twice;
   * the test adds both, for people of a province code (099) no citizen of the data has.
   */
  static final Pin ACCOMPLICE = Pin.of("099088500001");

  static final Pin REOFFENDER = Pin.of("099088500002");
  static final String JOINT_JUDGMENT = "990/2024/HS-ST";
  static final String EARLIER_JUDGMENT = "991/2010/HS-ST";

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void addAJointJudgmentAndAReoffender() {
    SandboxCriminalRecordRegistry.loaded(jdbc, data);
    addOnce(JOINT_JUDGMENT, ACCOMPLICE, LocalDate.of(2024, 3, 5), false);
    addOnce(JOINT_JUDGMENT, REOFFENDER, LocalDate.of(2024, 3, 5), false);
    addOnce(EARLIER_JUDGMENT, REOFFENDER, LocalDate.of(2010, 6, 1), true);
  }

  void addOnce(String judgmentNo, Pin person, LocalDate date, boolean expunged) {
    Integer present =
        jdbc.queryForObject(
            "select count(*) from sandbox_criminal_record where judgment_no = ? and pin = ?",
            Integer.class,
            judgmentNo,
            person.value());
    if (present == 0) {
      jdbc.update(
          "insert into sandbox_criminal_record (judgment_no, pin, court, judgment_date, offence,"
              + " sentence, expunged) values (?, ?, 'Tòa án nhân dân tỉnh', ?, 'Trộm cắp tài sản',"
              + " 'Phạt tù 3 năm', ?)",
          judgmentNo,
          person.value(),
          date,
          expunged);
    }
  }

  abstract static class Contract {

    abstract CriminalRecordRegistry criminalRecords();

    @Test
    void findsTheConvictionOfAConvictedPerson() {
      assertThat(criminalRecords().convictionsOf(CONVICTED))
          .singleElement()
          .satisfies(
              conviction -> {
                assertThat(conviction.judgmentNo()).isEqualTo("299/2022/HS-ST");
                assertThat(conviction.person()).isEqualTo(CONVICTED);
                assertThat(conviction.court()).isEqualTo("Tòa án nhân dân tỉnh");
                assertThat(conviction.judgmentDate()).isEqualTo(LocalDate.of(2022, 1, 10));
                assertThat(conviction.offence()).isEqualTo("Trộm cắp tài sản");
                assertThat(conviction.sentence()).isEqualTo("Cải tạo không giam giữ 12 tháng");
                assertThat(conviction.expunged()).isFalse();
              });
    }

    @Test
    void keepsAnExpungedConvictionMarkedAsExpunged() {
      assertThat(criminalRecords().convictionsOf(EXPUNGED_ONLY))
          .singleElement()
          .satisfies(
              conviction -> {
                assertThat(conviction.judgmentNo()).isEqualTo("161/2008/HS-ST");
                assertThat(conviction.expunged()).isTrue();
              });
    }

    @Test
    void answersNoConvictionsForSomeoneNeverConvicted() {
      assertThat(criminalRecords().convictionsOf(NEVER_CONVICTED)).isEmpty();
    }

    @Test
    void aJudgmentConvictingSeveralPeopleIsAConvictionOfEachOfThem() {
      assertThat(criminalRecords().convictionsOf(ACCOMPLICE))
          .singleElement()
          .satisfies(
              conviction -> {
                assertThat(conviction.judgmentNo()).isEqualTo(JOINT_JUDGMENT);
                assertThat(conviction.person()).isEqualTo(ACCOMPLICE);
              });
      assertThat(criminalRecords().convictionsOf(REOFFENDER))
          .anySatisfy(
              conviction -> {
                assertThat(conviction.judgmentNo()).isEqualTo(JOINT_JUDGMENT);
                assertThat(conviction.person()).isEqualTo(REOFFENDER);
              });
    }

    @Test
    void listsEveryConvictionOfAPersonOldestFirst() {
      assertThat(criminalRecords().convictionsOf(REOFFENDER))
          .extracting(Conviction::judgmentNo, Conviction::expunged)
          .containsExactly(tuple(EARLIER_JUDGMENT, true), tuple(JOINT_JUDGMENT, false));
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    CriminalRecordRegistry criminalRecords() {
      return SandboxCriminalRecordRegistry.loaded(jdbc, data);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    CriminalRecordRegistry criminalRecords() {
      return new HttpCriminalRecordRegistry(clients.client("criminal-records"));
    }
  }

  Map<String, Object> lookUp(Pin person, String dossier) {
    return ElementTemplates.run(
        engine,
        "vn.dvc.criminal-records.lookUpConvictions",
        dossier,
        Map.of(),
        Map.of("applicantPin", person.value()));
  }

  @Test
  void templateTellsAnUnexpungedConvictionFromAnExpungedOne() {
    assertThat(lookUp(CONVICTED, "TEST-CR-1"))
        .containsEntry("hasConvictions", true)
        .containsEntry("hasUnexpungedConvictions", true)
        .containsEntry("judgmentNos", "299/2022/HS-ST");
    assertThat(lookUp(EXPUNGED_ONLY, "TEST-CR-2"))
        .containsEntry("hasConvictions", true)
        .containsEntry("hasUnexpungedConvictions", false)
        .containsEntry("judgmentNos", "161/2008/HS-ST");
  }

  @Test
  void templateJoinsEveryJudgmentOfAReoffender() {
    assertThat(lookUp(REOFFENDER, "TEST-CR-3"))
        .containsEntry("hasUnexpungedConvictions", true)
        .containsEntry("judgmentNos", EARLIER_JUDGMENT + "," + JOINT_JUDGMENT);
  }

  @Test
  void templateAnswersNoConvictionsForSomeoneNeverConvicted() {
    assertThat(lookUp(NEVER_CONVICTED, "TEST-CR-4"))
        .containsEntry("hasConvictions", false)
        .containsEntry("hasUnexpungedConvictions", false)
        .containsEntry("judgmentNos", "");
  }
}
