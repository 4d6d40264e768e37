package vn.dvc.procedure.marriageregistration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * Once-only rule for marriage registration: nothing is asked of the citizen, and never a
 * confirmation of marital status, whether the registries agree or the officer verifies them.
 */
class MarriageRegistrationRequiredDocumentsDecisionTest {

  private static final String DECISION_KEY = "marriage-registration-required-documents";
  private static final String PARTIES = "001081202643, 001181448201";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  @Test
  void decisionHasTheSameOutputShapeAsEveryRequiredDocumentsDecision() {
    Decision model = DecisionTables.model(DECISION_KEY).getModelElementById(DECISION_KEY);
    assertThat(model.getCamundaHistoryTimeToLiveString()).isEqualTo("365");
    DecisionTable table = (DecisionTable) model.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(table.getOutputs())
        .extracting(o -> o.getName())
        .containsExactly("documentType", "required", "reason", "reasonEn", "source", "reference");
    assertThat(table.getRules())
        .hasSize(4)
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ELIGIBLE", "VERIFY"})
  void requiresNothingAndNamesTheRegistryOfEveryDocument(String eligibility) {
    List<Map<String, Object>> rows = evaluate(eligibility);
    assertThat(rows)
        .extracting(row -> row.get("documentType"))
        .containsExactlyInAnyOrder("MARITAL_STATUS_CONFIRMATION", "ID_CARD", "BIRTH_CERTIFICATE");
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isIn("civil-status", "population");
              assertThat(row.get("reference")).isEqualTo(PARTIES);
            });
  }

  @Test
  void maritalStatusComesFromTheRegistriesWhenTheyAgree() {
    assertThat(maritalStatusReason("ELIGIBLE")).contains("taken from the civil-status");
  }

  @Test
  void maritalStatusIsVerifiedByTheOfficerNotAskedWhenTheRegistriesDisagree() {
    assertThat(maritalStatusReason("VERIFY"))
        .contains("the officer verifies")
        .contains("need not provide");
  }

  private static String maritalStatusReason(String eligibility) {
    return (String)
        evaluate(eligibility).stream()
            .filter(row -> "MARITAL_STATUS_CONFIRMATION".equals(row.get("documentType")))
            .findFirst()
            .orElseThrow()
            .get("reasonEn");
  }

  private static List<Map<String, Object>> evaluate(String eligibility) {
    return DecisionTables.ENGINE
        .evaluateDecisionTable(
            decision,
            Map.of(
                "eligibility",
                eligibility,
                "applicantPin",
                "001081202643",
                "partnerPin",
                "001181448201"))
        .getResultList();
  }
}
