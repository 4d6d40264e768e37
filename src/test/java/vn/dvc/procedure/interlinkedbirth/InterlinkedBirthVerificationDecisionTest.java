package vn.dvc.procedure.interlinkedbirth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.DecisionTables;

/**
 * Which registry conflicts send an interlinked birth to the officer's verification before the birth
 * is registered, and which the officer only sees at the review. One test per rule.
 */
class InterlinkedBirthVerificationDecisionTest {

  private static final String DECISION_KEY = "interlinked-birth-verification";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  @Test
  void isAFirstHitTableWithEveryRuleExplained() {
    DecisionTable table =
        (DecisionTable)
            ((Decision) DecisionTables.model(DECISION_KEY).getModelElementById(DECISION_KEY))
                .getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.getRules())
        .hasSize(7)
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
  }

  @Test
  void verifiesAParentsMarriageOnWhichTheRegistriesDisagree() {
    assertVerified("MARITAL_STATUS_MISMATCH", "disagree about a parent's marriage");
  }

  @Test
  void verifiesAParentsMarriageThatWasNeverDigitised() {
    assertVerified("MARRIAGE_NOT_DIGITISED", "never digitised");
  }

  @Test
  void verifiesAParentWhoseOwnBirthIsOnlyOnPaper() {
    assertVerified("BIRTH_NOT_DIGITISED", "registered on paper");
  }

  @Test
  void verifiesABirthCertificateAlreadyUsedForARegisteredBirth() {
    assertVerified("BIRTH_ALREADY_REGISTERED", "already used");
  }

  @Test
  void verifiesAParentsDeathThatPopulationDoesNotShow() {
    assertVerified("DEATH_NOT_SYNCED", "death of a parent");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ID_CARD_ISSUE_DATE_MISSING",
        "ADDRESS_NOT_UPDATED_AFTER_REFORM",
        "BIRTH_CERTIFICATE_MISMATCH"
      })
  void leavesToTheReviewWhatNeedsNoVerification(String kind) {
    Map<String, Object> row = evaluate(kind);
    assertThat(row.get("verify")).isEqualTo(false);
    assertThat(row.get("reasonEn")).isNull();
  }

  @Test
  void verifiesAnyOtherConflictRatherThanDecidingAlone() {
    assertVerified("A_KIND_ADDED_LATER", "disagree");
  }

  private static void assertVerified(String kind, String reason) {
    Map<String, Object> row = evaluate(kind);
    assertThat(row.get("verify")).isEqualTo(true);
    assertThat((String) row.get("reasonEn")).contains(reason);
  }

  private static Map<String, Object> evaluate(String kind) {
    return DecisionTables.ENGINE
        .evaluateDecisionTable(decision, Map.of("dataIssueKind", kind))
        .getSingleResult()
        .getEntryMap();
  }
}
