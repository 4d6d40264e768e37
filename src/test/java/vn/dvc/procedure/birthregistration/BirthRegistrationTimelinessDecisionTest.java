package vn.dvc.procedure.birthregistration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.DecisionTables;

/** A birth must be registered within 60 days; later registrations are flagged as late. */
class BirthRegistrationTimelinessDecisionTest {

  private static final String DECISION_KEY = "birth-registration-timeliness";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  @Test
  void decisionIsUniqueTableWithHistoryTimeToLive() {
    assertThat(decision.getKey()).isEqualTo(DECISION_KEY);
    DmnModelInstance model = DecisionTables.model(DECISION_KEY);
    Decision modelDecision = model.getModelElementById(DECISION_KEY);
    assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("365");
    assertThat(((DecisionTable) modelDecision.getExpression()).getHitPolicy())
        .isEqualTo(HitPolicy.UNIQUE);
  }

  @Test
  void registrationOnTheSixtiethDayIsOnTime() {
    assertThat(isLate(60)).isFalse();
  }

  @Test
  void registrationOnTheSixtyFirstDayIsLate() {
    assertThat(isLate(61)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 30, 59, 60})
  void registrationWithinSixtyDaysOfBirthIsOnTime(int daysSinceBirth) {
    assertThat(isLate(daysSinceBirth)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {61, 62, 365, 10_000})
  void registrationMoreThanSixtyDaysAfterBirthIsLate(int daysSinceBirth) {
    assertThat(isLate(daysSinceBirth)).isTrue();
  }

  @Test
  void acceptsDaysSinceBirthAsLong() {
    DmnDecisionResult result =
        DecisionTables.ENGINE.evaluateDecision(decision, Map.of("daysSinceBirth", 61L));
    assertThat((Boolean) result.getSingleResult().getSingleEntry()).isTrue();
  }

  private static boolean isLate(int daysSinceBirth) {
    DmnDecisionResult result =
        DecisionTables.ENGINE.evaluateDecision(decision, Map.of("daysSinceBirth", daysSinceBirth));
    assertThat(result).hasSize(1);
    return result.getSingleResult().getSingleEntry();
  }
}
