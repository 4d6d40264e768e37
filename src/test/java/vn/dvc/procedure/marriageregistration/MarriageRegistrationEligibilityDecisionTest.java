package vn.dvc.procedure.marriageregistration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.DecisionTables;

/**
 * Who may marry, every rule of {@code decisions/marriage-registration-eligibility.dmn}: each test
 * starts from two parties who may marry (a man of 20 and a woman of 18, both single in both
 * registries, unrelated) and changes one fact.
 */
class MarriageRegistrationEligibilityDecisionTest {

  private static final String DECISION_KEY = "marriage-registration-eligibility";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  private static Map<String, Object> mayMarry() {
    Map<String, Object> facts = new HashMap<>();
    facts.put("applicantGender", "MALE");
    facts.put("applicantAge", 20);
    facts.put("applicantMaritalStatus", "SINGLE");
    facts.put("applicantMarried", false);
    facts.put("partnerGender", "FEMALE");
    facts.put("partnerAge", 18);
    facts.put("partnerMaritalStatus", "DIVORCED");
    facts.put("partnerMarried", false);
    facts.put("kinship", "NONE");
    return facts;
  }

  private static List<Map<String, Object>> evaluate(Map<String, Object> facts) {
    return DecisionTables.ENGINE.evaluateDecisionTable(decision, facts).getResultList();
  }

  private static Map<String, Object> single(Map<String, Object> facts) {
    List<Map<String, Object>> findings = evaluate(facts);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  @Test
  void decisionIsACollectTableWithHistoryTimeToLiveAndDescribedRules() {
    Decision model = DecisionTables.model(DECISION_KEY).getModelElementById(DECISION_KEY);
    assertThat(model.getCamundaHistoryTimeToLiveString()).isEqualTo("365");
    DecisionTable table = (DecisionTable) model.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(table.getOutputs())
        .extracting(o -> o.getName())
        .containsExactly("outcome", "reason", "reasonEn");
    assertThat(table.getRules())
        .hasSize(20)
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
  }

  @Test
  void aManOfTwentyAndAWomanOfEighteenWhoAreSingleAndUnrelatedMayMarry() {
    assertThat(evaluate(mayMarry())).isEmpty();
    Map<String, Object> widowedAndDistant = mayMarry();
    widowedAndDistant.put("applicantMaritalStatus", "WIDOWED");
    widowedAndDistant.put("kinship", "DISTANT_RELATIVES");
    assertThat(evaluate(widowedAndDistant)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "applicant, MALE, 19, man under 20",
    "applicant, FEMALE, 17, woman under 18",
    "partner, MALE, 19, man under 20",
    "partner, FEMALE, 17, woman under 18"
  })
  void refusesAPartyUnderTheMarriageableAge(String party, String gender, int age, String reason) {
    Map<String, Object> facts = mayMarry();
    // Keep the couple of opposite sexes whoever is under age.
    String other = party.equals("applicant") ? "partner" : "applicant";
    facts.put(party + "Gender", gender);
    facts.put(party + "Age", age);
    facts.put(other + "Gender", gender.equals("MALE") ? "FEMALE" : "MALE");
    facts.put(other + "Age", 30);
    Map<String, Object> finding = single(facts);
    assertThat(finding.get("outcome")).isEqualTo("REFUSE");
    assertThat((String) finding.get("reasonEn")).contains("The " + party).contains(reason);
  }

  @Test
  void aWomanOfEighteenAndAManOfTwentyAreOfAge() {
    Map<String, Object> facts = mayMarry();
    facts.put("applicantGender", "FEMALE");
    facts.put("applicantAge", 18);
    facts.put("partnerGender", "MALE");
    facts.put("partnerAge", 20);
    assertThat(evaluate(facts)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MALE", "FEMALE"})
  void refusesTwoPartiesOfTheSameSex(String gender) {
    Map<String, Object> facts = mayMarry();
    facts.put("applicantGender", gender);
    facts.put("partnerGender", gender);
    facts.put("applicantAge", 30);
    facts.put("partnerAge", 30);
    Map<String, Object> finding = single(facts);
    assertThat(finding.get("outcome")).isEqualTo("REFUSE");
    assertThat((String) finding.get("reasonEn")).contains("same sex");
  }

  @ParameterizedTest
  @ValueSource(strings = {"applicant", "partner"})
  void refusesAPartyInAnExistingMarriageBothRegistriesAgreeOn(String party) {
    Map<String, Object> facts = mayMarry();
    facts.put(party + "MaritalStatus", "MARRIED");
    facts.put(party + "Married", true);
    Map<String, Object> finding = single(facts);
    assertThat(finding.get("outcome")).isEqualTo("REFUSE");
    assertThat((String) finding.get("reasonEn"))
        .contains("The " + party)
        .contains("existing marriage");
  }

  @ParameterizedTest
  @CsvSource({"applicant, SINGLE", "applicant, DIVORCED", "partner, WIDOWED"})
  void sendsAMarriageOnlyCivilStatusHoldsToVerification(String party, String population) {
    Map<String, Object> facts = mayMarry();
    facts.put(party + "MaritalStatus", population);
    facts.put(party + "Married", true);
    Map<String, Object> finding = single(facts);
    assertThat(finding.get("outcome")).isEqualTo("VERIFY");
    assertThat((String) finding.get("reasonEn"))
        .contains("Civil status holds an open marriage of the " + party)
        .contains("5 working days")
        .contains("need not provide any paper");
  }

  @ParameterizedTest
  @ValueSource(strings = {"applicant", "partner"})
  void sendsAMarriageNeverDigitisedToVerification(String party) {
    Map<String, Object> facts = mayMarry();
    facts.put(party + "MaritalStatus", "MARRIED");
    facts.put(party + "Married", false);
    Map<String, Object> finding = single(facts);
    assertThat(finding.get("outcome")).isEqualTo("VERIFY");
    assertThat((String) finding.get("reasonEn"))
        .contains("Population records the " + party + " as married")
        .contains("paper register");
  }

  @ParameterizedTest
  @CsvSource({
    "SAME_PERSON, same person",
    "PARENT_CHILD, direct line",
    "GRANDPARENT_GRANDCHILD, direct line",
    "GREAT_GRANDPARENT_GRANDCHILD, direct line",
    "SIBLINGS, within three generations",
    "HALF_SIBLINGS, within three generations",
    "UNCLE_AUNT_NEPHEW_NIECE, within three generations",
    "FIRST_COUSINS, within three generations"
  })
  void refusesRelativesInTheDirectLineOrWithinThreeGenerations(String kinship, String reason) {
    Map<String, Object> facts = mayMarry();
    facts.put("kinship", kinship);
    Map<String, Object> finding = single(facts);
    assertThat(finding.get("outcome")).isEqualTo("REFUSE");
    assertThat((String) finding.get("reasonEn")).contains(reason);
  }

  @Test
  void collectsEveryReasonWhenSeveralRulesMatch() {
    Map<String, Object> facts = mayMarry();
    facts.put("applicantAge", 19);
    facts.put("partnerMaritalStatus", "SINGLE");
    facts.put("partnerMarried", true);
    facts.put("kinship", "FIRST_COUSINS");
    assertThat(evaluate(facts))
        .extracting(row -> row.get("outcome"))
        .containsExactlyInAnyOrder("REFUSE", "VERIFY", "REFUSE");
  }
}
