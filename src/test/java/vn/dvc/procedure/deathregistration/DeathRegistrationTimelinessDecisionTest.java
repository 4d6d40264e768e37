package vn.dvc.procedure.deathregistration;

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

/** A death must be registered within 15 days; later registrations are flagged as late. */
class DeathRegistrationTimelinessDecisionTest {

  private static final String DECISION_KEY = "death-registration-timeliness";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  @Test
  void decisionIsUniqueTableWithHistoryTimeToLive() {
    Decision model = DecisionTables.model(DECISION_KEY).getModelElementById(DECISION_KEY);
    assertThat(model.getCamundaHistoryTimeToLiveString()).isEqualTo("365");
    assertThat(((DecisionTable) model.getExpression()).getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 14, 15})
  void registrationWithinFifteenDaysOfDeathIsOnTime(int daysSinceDeath) {
    assertThat(isLate(daysSinceDeath)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {16, 17, 60, 10_000})
  void registrationMoreThanFifteenDaysAfterDeathIsLate(int daysSinceDeath) {
    assertThat(isLate(daysSinceDeath)).isTrue();
  }

  @Test
  void acceptsDaysSinceDeathAsLong() {
    DmnDecisionResult result =
        DecisionTables.ENGINE.evaluateDecision(decision, Map.of("daysSinceDeath", 16L));
    assertThat((Boolean) result.getSingleResult().getSingleEntry()).isTrue();
  }

  private static boolean isLate(int daysSinceDeath) {
    DmnDecisionResult result =
        DecisionTables.ENGINE.evaluateDecision(decision, Map.of("daysSinceDeath", daysSinceDeath));
    assertThat(result).hasSize(1);
    return result.getSingleResult().getSingleEntry();
  }
}
