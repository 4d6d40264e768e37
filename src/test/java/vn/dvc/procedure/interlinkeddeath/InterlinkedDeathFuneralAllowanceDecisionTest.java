package vn.dvc.procedure.interlinkeddeath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.DecisionTables;

/**
 * Funeral allowance: a pensioner, or at least 12 months of contributions; otherwise refused with
 * the reason. Every rule of the table, with its boundaries.
 */
class InterlinkedDeathFuneralAllowanceDecisionTest {

  private static final String DECISION_KEY = "interlinked-death-funeral-allowance";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  @Test
  void decisionIsAUniqueTableWithHistoryTimeToLiveAndEveryRuleDescribed() {
    Decision model = DecisionTables.model(DECISION_KEY).getModelElementById(DECISION_KEY);
    assertThat(model.getCamundaHistoryTimeToLiveString()).isEqualTo("365");
    DecisionTable table = (DecisionTable) model.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    assertThat(table.getRules())
        .hasSize(3)
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, 12, 300})
  void pensionerIsEligibleWhateverTheMonthsOnRecord(int months) {
    Map<String, Object> finding = decide(true, months);

    assertThat(finding).containsEntry("eligible", true);
    assertThat((String) finding.get("reasonEn")).contains("pensioner");
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 13, 24, 480})
  void twelveMonthsOfContributionsOrMoreAreEligible(int months) {
    Map<String, Object> finding = decide(false, months);

    assertThat(finding).containsEntry("eligible", true);
    assertThat((String) finding.get("reasonEn")).contains("at least 12 months");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 11})
  void fewerThanTwelveMonthsWithoutAPensionAreRefusedWithTheReason(int months) {
    Map<String, Object> finding = decide(false, months);

    assertThat(finding).containsEntry("eligible", false);
    assertThat((String) finding.get("reasonEn"))
        .contains("at least 12 months")
        .contains("fewer than 12 months and no pension");
  }

  @Test
  void acceptsTheMonthsAsLong() {
    DmnDecisionResult result =
        DecisionTables.ENGINE.evaluateDecision(
            decision, Map.of("pensioner", false, "contributionMonths", 12L));
    assertThat(result.getSingleResult().getEntryMap()).containsEntry("eligible", true);
  }

  private static Map<String, Object> decide(boolean pensioner, int months) {
    DmnDecisionResult result =
        DecisionTables.ENGINE.evaluateDecision(
            decision, Map.of("pensioner", pensioner, "contributionMonths", months));
    assertThat(result).hasSize(1);
    return result.getSingleResult().getEntryMap();
  }
}
