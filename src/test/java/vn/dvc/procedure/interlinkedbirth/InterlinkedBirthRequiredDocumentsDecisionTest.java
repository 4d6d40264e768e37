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
 * Once-only rule of the interlinked birth beyond birth registration's: a proof of the lawful
 * dwelling only when the child will not live at a parent's registered permanent residence. The
 * frame evaluates birth registration's own decision first (the descriptor's {@code
 * documentDecisions}), so no birth rule is repeated here.
 */
class InterlinkedBirthRequiredDocumentsDecisionTest {

  private static final String DECISION_KEY = "interlinked-birth-required-documents";
  private static final String HOUSEHOLD = "HK2025401431";
  private static final String PROOF = "PROOF_OF_LEGAL_RESIDENCE";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  @Test
  void repeatsNoRuleOfBirthRegistrationOnlyOneRulePerResidenceSituation() {
    assertThat(rules(DECISION_KEY)).isEqualTo(2);
    for (boolean atParent : List.of(true, false)) {
      Map<String, Object> variables = birthVariables("NONE", null, false);
      variables.put("residenceAtParentAddress", atParent);
      variables.put("residenceHouseholdId", atParent ? HOUSEHOLD : null);
      assertThat(evaluate(variables))
          .as("with no birth fact in the registries, only the residence is decided here")
          .extracting(row -> row.get("documentType"))
          .containsExactly(PROOF);
    }
  }

  @Test
  void asksNoProofOfDwellingWhenTheChildJoinsAParentsRegisteredResidence() {
    assertThat(residenceRows(true))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("population");
              assertThat(row.get("reference")).isEqualTo(HOUSEHOLD);
              assertThat((String) row.get("reasonEn")).contains("permanent residence of a parent");
            });
  }

  @Test
  void asksAProofOfDwellingWhenTheChildLivesAtAnotherAddress() {
    assertThat(residenceRows(false))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(true);
              assertThat(row.get("source")).isNull();
              assertThat(row.get("reference")).isNull();
              assertThat((String) row.get("reasonEn")).contains("not live at a parent's");
            });
  }

  private static List<Map<String, Object>> residenceRows(boolean atParentAddress) {
    Map<String, Object> variables = birthVariables("MATCHES", "KH-2020-000001", true);
    variables.put("residenceAtParentAddress", atParentAddress);
    variables.put("residenceHouseholdId", atParentAddress ? HOUSEHOLD : null);
    return evaluate(variables).stream()
        .filter(row -> PROOF.equals(row.get("documentType")))
        .toList();
  }

  private static Map<String, Object> birthVariables(
      String certificate, String marriageNo, Boolean married) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("birthCertificateStatus", certificate);
    variables.put("birthCertificateNo", "CS-2026-000004");
    variables.put("parentsMarriageNo", marriageNo);
    variables.put("populationSaysParentsMarried", married);
    variables.put("motherPin", "075198967632");
    variables.put("applicantPin", "075198967632");
    return variables;
  }

  private static List<Map<String, Object>> evaluate(Map<String, Object> variables) {
    return DecisionTables.ENGINE.evaluateDecisionTable(decision, variables).getResultList().stream()
        .<Map<String, Object>>map(HashMap::new)
        .toList();
  }

  private static int rules(String key) {
    return ((DecisionTable)
            ((Decision) DecisionTables.model(key).getModelElementById(key)).getExpression())
        .getRules()
        .size();
  }
}
