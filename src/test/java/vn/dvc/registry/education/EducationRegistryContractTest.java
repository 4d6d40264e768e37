package vn.dvc.registry.education;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The education port's contract, held by the sandbox and by the HTTP client against the sandbox.
 */
@DvcSpringBootTest
class EducationRegistryContractTest {

  static final Pin ELEVENTH_GRADER = Pin.of("001309675410");
  static final Pin TWELFTH_GRADER = Pin.of("001208093048");
  static final Pin NOT_A_STUDENT = Pin.of("001210026310");

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  abstract static class Contract {

    abstract EducationRegistry education();

    @Test
    void findsTheRecordOfAStudent() {
      assertThat(education().studentRecordOf(ELEVENTH_GRADER))
          .hasValueSatisfying(
              student -> {
                assertThat(student.student()).isEqualTo(ELEVENTH_GRADER);
                assertThat(student.school()).isEqualTo("Trường THPT Quốc Học");
                assertThat(student.grade()).isEqualTo(11);
                assertThat(student.graduationExamYear()).isEqualTo(2027);
              });
    }

    @Test
    void tellsStudentsOfDifferentGradesApart() {
      assertThat(education().studentRecordOf(TWELFTH_GRADER))
          .hasValueSatisfying(
              student -> {
                assertThat(student.school()).isEqualTo("Trường THPT Chu Văn An");
                assertThat(student.grade()).isEqualTo(12);
                assertThat(student.graduationExamYear()).isEqualTo(2026);
              });
    }

    @Test
    void answersEmptyForSomeoneWhoIsNoHighSchoolStudent() {
      assertThat(education().studentRecordOf(NOT_A_STUDENT)).isEmpty();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    EducationRegistry education() {
      return SandboxEducationRegistry.loaded(jdbc, data);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    EducationRegistry education() {
      return new HttpEducationRegistry(clients.client("education"));
    }
  }

  @Test
  void templateGivesTheGradeAndExamYearOfAStudent() {
    Map<String, Object> student =
        ElementTemplates.run(
            engine,
            "vn.dvc.education.lookUpSchoolRecord",
            "TEST-EDU-1",
            Map.of(),
            Map.of("applicantPin", ELEVENTH_GRADER.value()));
    assertThat(student)
        .containsEntry("enrolledInHighSchool", true)
        .containsEntry("schoolGrade", 11)
        .containsEntry("graduationExamYear", 2027);
  }

  @Test
  void templateAnswersNotEnrolledForSomeoneTheRegistryDoesNotKnow() {
    Map<String, Object> nobody =
        ElementTemplates.run(
            engine,
            "vn.dvc.education.lookUpSchoolRecord",
            "TEST-EDU-2",
            Map.of(),
            Map.of("applicantPin", NOT_A_STUDENT.value()));
    assertThat(nobody)
        .containsEntry("enrolledInHighSchool", false)
        .containsEntry("schoolGrade", null)
        .containsEntry("graduationExamYear", null);
  }
}
