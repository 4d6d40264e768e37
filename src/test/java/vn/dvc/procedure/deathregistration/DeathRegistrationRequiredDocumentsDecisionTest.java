package vn.dvc.procedure.deathregistration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.DecisionTables;

/** Once-only rule for death registration: the death notice is asked only without an e-notice. */
class DeathRegistrationRequiredDocumentsDecisionTest {

  private static final String DECISION_KEY = "death-registration-required-documents";
  private static final String NOTICE_NO = "BT-2026-000001";
  private static final String APPLICANT_PIN = "001090937233";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  /** The shape shared by all procedures is RequiredDocumentsDecisionsTest's. */
  @Test
  void isNamedForTheProcedureWithOneRulePerDocumentSituation() {
    assertThat(decision.getName()).isEqualTo("Required documents — death registration");
    assertThat(
            ((DecisionTable)
                    ((Decision)
                            DecisionTables.model(DECISION_KEY).getModelElementById(DECISION_KEY))
                        .getExpression())
                .getRules())
        .hasSize(5);
  }

  @Test
  void neverAsksTheDeathNoticeWhenTheElectronicNoticeMatches() {
    assertThat(forType(evaluate("MATCHES"), "DEATH_NOTICE"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("health-facilities");
              assertThat(row.get("reference")).isEqualTo(NOTICE_NO);
              assertThat((String) row.get("reasonEn")).contains("electronic death notice");
            });
  }

  @Test
  void asksTheDeathNoticeWhenTheElectronicNoticeNamesAnotherPersonOrDate() {
    assertDeathNoticeRequired(evaluate("MISMATCH"), "does not match");
  }

  @Test
  void asksTheDeathNoticeWhenNoFacilityIssuedTheQuotedNumber() {
    assertDeathNoticeRequired(evaluate("NOT_FOUND"), "number you gave");
  }

  @Test
  void asksTheDeathNoticeWhenNoElectronicNoticeExists() {
    assertDeathNoticeRequired(evaluate("NONE"), "No electronic death notice exists");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MATCHES", "MISMATCH", "NOT_FOUND", "NONE"})
  void neverAsksTheIdentityCardAndDecidesTheNoticeExactlyOnce(String status) {
    List<Map<String, Object>> results = evaluate(status);
    assertThat(forType(results, "ID_CARD"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("population");
              assertThat(row.get("reference")).isEqualTo(APPLICANT_PIN);
            });
    assertThat(forType(results, "DEATH_NOTICE")).hasSize(1);
    assertThat(results).hasSize(2);
  }

  private static void assertDeathNoticeRequired(List<Map<String, Object>> results, String reason) {
    assertThat(forType(results, "DEATH_NOTICE"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(true);
              assertThat(row.get("source")).isNull();
              assertThat(row.get("reference")).isNull();
              assertThat((String) row.get("reasonEn")).contains(reason);
            });
  }

  private static List<Map<String, Object>> forType(
      List<Map<String, Object>> results, String documentType) {
    return results.stream().filter(row -> documentType.equals(row.get("documentType"))).toList();
  }

  private static List<Map<String, Object>> evaluate(String deathNoticeStatus) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("deathNoticeStatus", deathNoticeStatus);
    variables.put("deathNoticeNo", NOTICE_NO);
    variables.put("applicantPin", APPLICANT_PIN);
    return DecisionTables.ENGINE.evaluateDecisionTable(decision, variables).getResultList();
  }
}
