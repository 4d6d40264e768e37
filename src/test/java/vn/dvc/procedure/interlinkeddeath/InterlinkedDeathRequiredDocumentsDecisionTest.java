package vn.dvc.procedure.interlinkeddeath;

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

/**
 * Once-only rule of the interlinked death dossier, evaluated by the frame for the death part: death
 * registration's rules (the death notice only without a matching e-notice), and never the social
 * insurance book, whose facts come from social insurance.
 */
class InterlinkedDeathRequiredDocumentsDecisionTest {

  private static final String DECISION_KEY = "interlinked-death-required-documents";
  private static final String NOTICE_NO = "BT-2026-000001";
  private static final String APPLICANT_PIN = "001090937233";
  private static final String DECEASED_PIN = "079194285333";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  @Test
  void isNamedForTheProcedureWithOneRulePerDocumentSituation() {
    assertThat(decision.getName()).isEqualTo("Required documents — interlinked death");
    assertThat(
            ((DecisionTable)
                    ((Decision)
                            DecisionTables.model(DECISION_KEY).getModelElementById(DECISION_KEY))
                        .getExpression())
                .getRules())
        .hasSize(6);
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
              assertThat((String) row.get("reason")).contains("electronic death notice");
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
  void neverAsksTheIdentityCardNorTheSocialInsuranceBookAndDecidesTheNoticeOnce(String status) {
    List<Map<String, Object>> results = evaluate(status);
    assertThat(forType(results, "ID_CARD"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("population");
              assertThat(row.get("reference")).isEqualTo(APPLICANT_PIN);
            });
    assertThat(forType(results, "SOCIAL_INSURANCE_BOOK"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("social-insurance");
              assertThat(row.get("reference")).isEqualTo(DECEASED_PIN);
              assertThat((String) row.get("reason")).contains("social-insurance database");
            });
    assertThat(forType(results, "DEATH_NOTICE")).hasSize(1);
    assertThat(results).hasSize(3);
  }

  private static void assertDeathNoticeRequired(List<Map<String, Object>> results, String reason) {
    assertThat(forType(results, "DEATH_NOTICE"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(true);
              assertThat(row.get("source")).isNull();
              assertThat(row.get("reference")).isNull();
              assertThat((String) row.get("reason")).contains(reason);
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
    variables.put("deceasedPin", DECEASED_PIN);
    return DecisionTables.ENGINE.evaluateDecisionTable(decision, variables).getResultList();
  }
}
