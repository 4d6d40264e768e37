package vn.dvc.procedure.landchangeregistration;

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
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.DecisionTables;

/**
 * Who may change the owners of a parcel, every rule of {@code
 * decisions/land-change-registration-eligibility.dmn}: each test starts from a change that may be
 * registered and changes one fact.
 */
class LandChangeRegistrationEligibilityDecisionTest {

  private static final String DECISION_KEY = "land-change-registration-eligibility";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  /** The sole owner sells an unmortgaged parcel to a living buyer, by a contract both signed. */
  private static Map<String, Object> transfer(String changeType) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("changeType", changeType);
    facts.put("mortgaged", false);
    facts.put("applicantIsOwner", true);
    facts.put("applicantIsReceiver", false);
    facts.put("nonOwnerTransferorCount", 0);
    facts.put("ownersNotInContractCount", 0);
    facts.put("deceasedReceiverCount", 0);
    facts.put("deceasedOwnerCount", 0);
    facts.put("receiversAreCurrentOwners", false);
    return facts;
  }

  /** An heir files the inheritance of a parcel whose sole owner has died. */
  private static Map<String, Object> inheritance() {
    Map<String, Object> facts = transfer("INHERITANCE");
    facts.put("applicantIsOwner", false);
    facts.put("applicantIsReceiver", true);
    facts.put("deceasedOwnerCount", 1);
    return facts;
  }

  private static List<Map<String, Object>> evaluate(Map<String, Object> facts) {
    return DecisionTables.ENGINE.evaluateDecisionTable(decision, facts).getResultList();
  }

  private static String refusedBecause(Map<String, Object> facts) {
    List<Map<String, Object>> findings = evaluate(facts);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0)).containsEntry("outcome", "REFUSE");
    return (String) findings.get(0).get("reasonEn");
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
        .hasSize(9)
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"TRANSFER", "GIFT"})
  void theSoleLivingOwnerMayTransferOrGiveAnUnmortgagedParcelToALivingParty(String changeType) {
    assertThat(evaluate(transfer(changeType))).isEmpty();
  }

  @Test
  void anHeirMayRegisterTheInheritanceOfADeceasedOwnersParcel() {
    assertThat(evaluate(inheritance())).isEmpty();
    Map<String, Object> survivingCoOwner = inheritance();
    survivingCoOwner.put("applicantIsOwner", true);
    survivingCoOwner.put("applicantIsReceiver", false);
    assertThat(evaluate(survivingCoOwner)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TRANSFER", "GIFT", "INHERITANCE"})
  void aMortgagedParcelIsRefused(String changeType) {
    Map<String, Object> facts =
        changeType.equals("INHERITANCE") ? inheritance() : transfer(changeType);
    facts.put("mortgaged", true);
    assertThat(refusedBecause(facts)).contains("mortgaged");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TRANSFER", "GIFT"})
  void anApplicantWhoIsNotAnOwnerCannotTransferOrGive(String changeType) {
    Map<String, Object> facts = transfer(changeType);
    facts.put("applicantIsOwner", false);
    assertThat(refusedBecause(facts)).contains("You are not an owner");
  }

  @Test
  void aTransferringPartyWhoIsNotAnOwnerIsRefused() {
    Map<String, Object> facts = transfer("TRANSFER");
    facts.put("nonOwnerTransferorCount", 1);
    assertThat(refusedBecause(facts)).contains("transferring party").contains("not an owner");
  }

  @Test
  void aCoOwnerWhoIsNotAPartyToTheContractIsRefused() {
    Map<String, Object> facts = transfer("GIFT");
    facts.put("ownersNotInContractCount", 1);
    assertThat(refusedBecause(facts)).contains("not a party to the notarized contract");
  }

  @ParameterizedTest
  @ValueSource(strings = {"TRANSFER", "GIFT", "INHERITANCE"})
  void aDeceasedReceivingPartyIsRefused(String changeType) {
    Map<String, Object> facts =
        changeType.equals("INHERITANCE") ? inheritance() : transfer(changeType);
    facts.put("deceasedReceiverCount", 1);
    assertThat(refusedBecause(facts)).contains("receiving party is recorded as deceased");
  }

  /** The sole owner names themselves as the buyer or donee: nothing changes hands. */
  @ParameterizedTest
  @ValueSource(strings = {"TRANSFER", "GIFT"})
  void aTransferOrGiftToThePartiesWhoAlreadyOwnTheParcelIsRefused(String changeType) {
    Map<String, Object> facts = transfer(changeType);
    facts.put("applicantIsReceiver", true);
    facts.put("receiversAreCurrentOwners", true);
    assertThat(refusedBecause(facts))
        .startsWith("The receiving party already owns the parcel")
        .contains("nothing changes hands");
  }

  /**
   * An heir who already co-owns the parcel inherits the deceased co-owner's share: the owners
   * change (the deceased leaves), so the rule on unchanged owners does not apply.
   */
  @Test
  void anInheritanceIsNotRefusedForUnchangedOwners() {
    Map<String, Object> facts = inheritance();
    facts.put("receiversAreCurrentOwners", true);
    assertThat(evaluate(facts)).isEmpty();
  }

  @Test
  void aDeceasedOwnersRightPassesByInheritanceNotByTransfer() {
    Map<String, Object> facts = transfer("TRANSFER");
    facts.put("deceasedOwnerCount", 1);
    assertThat(refusedBecause(facts)).contains("File an inheritance instead");
  }

  @Test
  void anInheritanceWithoutARecordedDeathIsRefused() {
    Map<String, Object> facts = inheritance();
    facts.put("deceasedOwnerCount", 0);
    assertThat(refusedBecause(facts)).contains("register the owner's death first");
  }

  @Test
  void anInheritanceFiledByNeitherAnHeirNorAnOwnerIsRefused() {
    Map<String, Object> facts = inheritance();
    facts.put("applicantIsReceiver", false);
    assertThat(refusedBecause(facts)).contains("neither an heir");
  }

  @Test
  void everyFindingIsReportedTogether() {
    Map<String, Object> facts = transfer("TRANSFER");
    facts.put("mortgaged", true);
    facts.put("applicantIsOwner", false);
    facts.put("deceasedReceiverCount", 2);
    facts.put("receiversAreCurrentOwners", true);
    assertThat(evaluate(facts))
        .hasSize(4)
        .allSatisfy(f -> assertThat(f).containsEntry("outcome", "REFUSE"));
  }
}
