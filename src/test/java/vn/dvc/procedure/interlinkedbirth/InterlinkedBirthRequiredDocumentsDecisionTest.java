package vn.dvc.procedure.interlinkedbirth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.DecisionTables;

/**
 * Once-only rule for the residence part of the interlinked birth: a proof of the lawful dwelling
 * only when the child will not live at a parent's registered permanent residence. The birth part's
 * documents are birth registration's own decision, tested with it.
 */
class InterlinkedBirthRequiredDocumentsDecisionTest {

  private static final String DECISION_KEY = "interlinked-birth-required-documents";
  private static final String HOUSEHOLD = "HK2025401431";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  /** The shape shared by all procedures is RequiredDocumentsDecisionsTest's. */
  @Test
  void hasOneRulePerResidenceSituation() {
    assertThat(
            ((DecisionTable)
                    ((Decision)
                            DecisionTables.model(DECISION_KEY).getModelElementById(DECISION_KEY))
                        .getExpression())
                .getRules())
        .hasSize(2);
  }

  @Test
  void asksNoProofOfDwellingWhenTheChildJoinsAParentsRegisteredResidence() {
    assertThat(evaluate(true))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("documentType")).isEqualTo("PROOF_OF_LEGAL_RESIDENCE");
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("population");
              assertThat(row.get("reference")).isEqualTo(HOUSEHOLD);
              assertThat((String) row.get("reason")).contains("permanent residence of a parent");
            });
  }

  @Test
  void asksAProofOfDwellingWhenTheChildLivesAtAnotherAddress() {
    assertThat(evaluate(false))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("documentType")).isEqualTo("PROOF_OF_LEGAL_RESIDENCE");
              assertThat(row.get("required")).isEqualTo(true);
              assertThat(row.get("source")).isNull();
              assertThat(row.get("reference")).isNull();
              assertThat((String) row.get("reason")).contains("not live at a parent's");
            });
  }

  private static List<Map<String, Object>> evaluate(boolean atParentAddress) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("residenceAtParentAddress", atParentAddress);
    variables.put("residenceHouseholdId", atParentAddress ? HOUSEHOLD : null);
    return DecisionTables.ENGINE.evaluateDecisionTable(decision, variables).getResultList();
  }
}
