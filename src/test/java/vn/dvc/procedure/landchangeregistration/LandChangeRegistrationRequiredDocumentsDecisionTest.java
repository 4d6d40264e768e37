package vn.dvc.procedure.landchangeregistration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.DecisionTables;

/**
 * Once-only rule for the land change registration: the notarized document is asked only when
 * notarization does not hold it; the certificate, identities and an owner's death never are.
 */
class LandChangeRegistrationRequiredDocumentsDecisionTest {

  private static final String DECISION_KEY = "land-change-registration-required-documents";
  private static final String CONTRACT_NO = "12/2026/CC-SCC/HĐCN";
  private static final String CERTIFICATE_NO = "DC738316";
  private static final String APPLICANT_PIN = "001082677953";
  private static final String DECEASED_OWNER = "082147421150";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  private static Map<String, Map<String, Object>> byType(String changeType, boolean contractFound) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("changeType", changeType);
    facts.put("contractFound", contractFound);
    facts.put("foundContractNo", contractFound ? CONTRACT_NO : null);
    facts.put("certificateNo", CERTIFICATE_NO);
    facts.put("applicantPin", APPLICANT_PIN);
    facts.put("deceasedOwnerPins", changeType.equals("INHERITANCE") ? DECEASED_OWNER : "");
    List<Map<String, Object>> rows =
        DecisionTables.ENGINE.evaluateDecisionTable(decision, facts).getResultList();
    Map<String, Map<String, Object>> byType = new HashMap<>();
    for (Map<String, Object> row : rows) {
      assertThat(byType.put((String) row.get("documentType"), row))
          .as("one row per document type")
          .isNull();
    }
    return byType;
  }

  @ParameterizedTest
  @ValueSource(strings = {"TRANSFER", "GIFT", "INHERITANCE"})
  void aContractHeldByNotarizationIsNotAskedAndNamesTheRecord(String changeType) {
    Map<String, Object> contract = byType(changeType, true).get("LAND_TRANSFER_CONTRACT");
    assertThat(contract)
        .containsEntry("required", false)
        .containsEntry("source", "notarization")
        .containsEntry("reference", CONTRACT_NO);
  }

  @ParameterizedTest
  @CsvSource({
    "TRANSFER, notarized transfer contract",
    "GIFT, notarized gift contract",
    "INHERITANCE, notarized document of inheritance"
  })
  void aContractNotarizationDoesNotHoldIsAskedWithTheReason(String changeType, String asked) {
    Map<String, Object> contract = byType(changeType, false).get("LAND_TRANSFER_CONTRACT");
    assertThat(contract).containsEntry("required", true).containsEntry("source", null);
    assertThat((String) contract.get("reasonEn")).contains(asked);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theCertificateAndTheIdentitiesAlwaysComeFromTheRegistries(boolean contractFound) {
    Map<String, Map<String, Object>> rows = byType("TRANSFER", contractFound);
    assertThat(rows.get("LAND_USE_CERTIFICATE"))
        .containsEntry("required", false)
        .containsEntry("source", "land")
        .containsEntry("reference", CERTIFICATE_NO);
    assertThat(rows.get("ID_CARD"))
        .containsEntry("required", false)
        .containsEntry("source", "population")
        .containsEntry("reference", APPLICANT_PIN);
    assertThat(rows).doesNotContainKey("DEATH_CERTIFICATE");
  }

  @Test
  void anInheritanceTakesTheOwnersDeathFromTheRegistries() {
    Map<String, Map<String, Object>> rows = byType("INHERITANCE", false);
    assertThat(rows.get("DEATH_CERTIFICATE"))
        .containsEntry("required", false)
        .containsEntry("source", "civil-status")
        .containsEntry("reference", DECEASED_OWNER);
    assertThat(rows).hasSize(4);
  }

  @Test
  void aTransferWhoseContractNotarizationHoldsRequiresNothing() {
    assertThat(byType("TRANSFER", true).values())
        .hasSize(3)
        .allSatisfy(row -> assertThat(row).containsEntry("required", false));
  }
}
