package vn.dvc.dataquality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.registry.ElementTemplates;

/**
 * The data-quality element template: the issues about a citizen land on the dossier the process
 * instance belongs to, once however often the task runs.
 */
@DvcSpringBootTest
class CheckCitizenRecordsTemplateTest {

  /** In {@code sandbox-data/defects.json}: no ID card issue date, and single with a marriage. */
  private static final String CITIZEN_WITH_TWO_DEFECTS = "014158443343";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  /** A bare dossier row: the issues table refers to it, and no process of its own runs. */
  private void dossier(String id) {
    OffsetDateTime now = OffsetDateTime.now();
    jdbc.update(
        "insert into dossier (id, procedure_key, applicant_pin, commune_code, status, data_json,"
            + " submitted_by, received_at, updated_at) values (?,?,?,?,?,?,?,?,?)",
        id,
        "birth-registration",
        CITIZEN_WITH_TWO_DEFECTS,
        "01100",
        "IN_REVIEW",
        "{}",
        "test",
        now,
        now);
  }

  private Map<String, Object> check(String dossier, String pin) {
    return ElementTemplates.run(
        engine,
        "vn.dvc.data-quality.checkCitizenRecords",
        dossier,
        Map.of(),
        Map.of("applicantPin", pin));
  }

  @Test
  void recordsTheCitizensDefectsOnTheDossierOnceAndCountsThem() {
    String dossier = "TEST-DQ-TPL-1";
    dossier(dossier);

    Map<String, Object> first = check(dossier, CITIZEN_WITH_TWO_DEFECTS);
    Map<String, Object> again = check(dossier, CITIZEN_WITH_TWO_DEFECTS);

    assertThat(first).containsEntry("dataIssueCount", 2);
    assertThat(again).containsEntry("dataIssueCount", 2);
    assertThat(
            jdbc.queryForList(
                "select kind || ' ' || pin from dossier_data_issue where dossier_id = ?"
                    + " order by kind",
                String.class,
                dossier))
        .containsExactly(
            "ID_CARD_ISSUE_DATE_MISSING " + CITIZEN_WITH_TWO_DEFECTS,
            "MARITAL_STATUS_MISMATCH " + CITIZEN_WITH_TWO_DEFECTS);
  }

  @Test
  void aPinPopulationDoesNotHoldIsAnIncidentNotACleanRecord() {
    String dossier = "TEST-DQ-TPL-2";
    dossier(dossier);
    assertThatThrownBy(() -> check(dossier, "001099000001"))
        .hasMessageContaining("population holds no citizen 001099000001");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier_data_issue where dossier_id = ?",
                Integer.class,
                dossier))
        .isZero();
  }
}
