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
 * Once-only rule of the interlinked death beyond death registration's: never the social insurance
 * book, whose facts come from social insurance. The frame evaluates death registration's own
 * decision first (the descriptor's {@code documentDecisions}); its rules are tested in {@code
 * DeathRegistrationRequiredDocumentsDecisionTest} and are not repeated here.
 */
class InterlinkedDeathRequiredDocumentsDecisionTest {

  private static final String DECISION_KEY = "interlinked-death-required-documents";
  private static final String APPLICANT_PIN = "001090937233";
  private static final String DECEASED_PIN = "079194285333";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  @Test
  void isNamedForTheProcedureAndRepeatsNoRuleOfDeathRegistration() {
    assertThat(decision.getName()).isEqualTo("Required documents — interlinked death");
    assertThat(
            ((DecisionTable)
                    ((Decision)
                            DecisionTables.model(DECISION_KEY).getModelElementById(DECISION_KEY))
                        .getExpression())
                .getRules())
        .hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MATCHES", "MISMATCH", "NOT_FOUND", "NONE"})
  void neverAsksTheSocialInsuranceBookWhateverTheDeathNotice(String status) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("deathNoticeStatus", status);
    variables.put("applicantPin", APPLICANT_PIN);
    variables.put("deceasedPin", DECEASED_PIN);
    List<Map<String, Object>> results =
        DecisionTables.ENGINE.evaluateDecisionTable(decision, variables).getResultList();
    assertThat(results)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("documentType")).isEqualTo("SOCIAL_INSURANCE_BOOK");
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("social-insurance");
              assertThat(row.get("reference")).isEqualTo(DECEASED_PIN);
              assertThat((String) row.get("reasonEn")).contains("social-insurance database");
            });
  }
}
