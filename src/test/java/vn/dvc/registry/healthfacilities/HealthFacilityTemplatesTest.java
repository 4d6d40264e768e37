package vn.dvc.registry.healthfacilities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.registry.ElementTemplates;

/**
 * The health-facility element templates, run as an analyst uses them, on the certificates and
 * notices of {@code sandbox-data/health-facilities.json}.
 */
@DvcSpringBootTest
class HealthFacilityTemplatesTest {

  @Autowired ProcessEngine engine;

  private Map<String, Object> read(String operation, String input, String value) {
    return ElementTemplates.run(
        engine,
        "vn.dvc.health-facilities." + operation,
        "TEST-HF-TPL-READ",
        Map.of(input, value),
        Map.of());
  }

  @Test
  void lookUpMedicalBirthCertificateGivesWhatTheDossierIsComparedWith() {
    assertThat(read("lookUpMedicalBirthCertificate", "certificateNo", "CS-2026-000043"))
        .containsEntry("certificateFound", true)
        .containsEntry("certificateMotherPin", "051189045496")
        .containsEntry("certificateDateOfBirth", "2026-10-29")
        .containsEntry("certificateGender", "FEMALE");
    assertThat(read("lookUpMedicalBirthCertificate", "certificateNo", "CS-1999-999999"))
        .containsEntry("certificateFound", false)
        .containsEntry("certificateMotherPin", null)
        .containsEntry("certificateDateOfBirth", null)
        .containsEntry("certificateGender", null);
  }

  @Test
  void lookUpDeathNoticeByNumberGivesThePersonAndTheDate() {
    assertThat(read("lookUpDeathNotice", "noticeNo", "BT-2026-000002"))
        .containsEntry("deathNoticeFound", true)
        .containsEntry("deathNoticePin", "048140351649")
        .containsEntry("deathNoticeDateOfDeath", "2026-10-05");
    assertThat(read("lookUpDeathNotice", "noticeNo", "BT-1999-999999"))
        .containsEntry("deathNoticeFound", false)
        .containsEntry("deathNoticePin", null)
        .containsEntry("deathNoticeDateOfDeath", null);
  }

  @Test
  void lookUpDeathNoticeOfPersonGivesTheNoticeOrNoneForTheLiving() {
    assertThat(read("lookUpDeathNoticeOfPerson", "deceasedPin", "048140351649"))
        .containsEntry("deathNoticeFound", true)
        .containsEntry("deathNoticeNo", "BT-2026-000002")
        .containsEntry("deathNoticeDateOfDeath", "2026-10-05");
    assertThat(read("lookUpDeathNoticeOfPerson", "deceasedPin", "001062985408"))
        .containsEntry("deathNoticeFound", false)
        .containsEntry("deathNoticeNo", null)
        .containsEntry("deathNoticeDateOfDeath", null);
  }
}
