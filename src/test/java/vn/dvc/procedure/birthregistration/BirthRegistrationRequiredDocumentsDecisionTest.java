package vn.dvc.procedure.birthregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dvc.DecisionTables;

/** Once-only rule for birth registration: which documents are asked, which come from registries. */
class BirthRegistrationRequiredDocumentsDecisionTest {

  private static final String DECISION_KEY = "birth-registration-required-documents";

  private static final String CERTIFICATE_NO = "GCS-2025-000123";
  private static final String MARRIAGE_NO = "KH-2019-004567";
  private static final String APPLICANT_PIN = "001090001234";
  private static final String MOTHER_PIN = "001195005678";

  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionTables.decision(DECISION_KEY);
  }

  /** The shape shared by all procedures is RequiredDocumentsDecisionsTest's. */
  @Test
  void isNamedForTheProcedureWithOneRulePerDocumentSituation() {
    assertThat(decision.getName()).isEqualTo("Required documents — birth registration");
    assertThat(
            ((DecisionTable)
                    ((Decision)
                            DecisionTables.model(DECISION_KEY).getModelElementById(DECISION_KEY))
                        .getExpression())
                .getRules())
        .hasSize(7);
  }

  @Test
  void neverAsksMedicalBirthCertificateWhenElectronicCertificateMatches() {
    List<Map<String, Object>> results = evaluate("MATCHES", MARRIAGE_NO, true);

    assertThat(forType(results, "MEDICAL_BIRTH_CERTIFICATE"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("health-facilities");
              assertThat(row.get("reference")).isEqualTo(CERTIFICATE_NO);
              assertThat((String) row.get("reasonEn")).contains("electronic birth certificate");
            });
    assertThat(forType(results, "BIRTH_WITNESS_STATEMENT")).isEmpty();
  }

  @Test
  void asksMedicalBirthCertificateWhenElectronicCertificateDoesNotMatchMotherOrDate() {
    List<Map<String, Object>> results = evaluate("MISMATCH", MARRIAGE_NO, true);

    assertThat(forType(results, "MEDICAL_BIRTH_CERTIFICATE"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(true);
              assertThat(row.get("source")).isNull();
              assertThat(row.get("reference")).isNull();
              assertThat((String) row.get("reasonEn")).contains("does not match");
            });
    assertThat(forType(results, "BIRTH_WITNESS_STATEMENT")).isEmpty();
  }

  @Test
  void asksBirthWitnessStatementWhenQuotedCertificateIsNotFound() {
    List<Map<String, Object>> results = evaluate("NOT_FOUND", MARRIAGE_NO, true);

    assertBirthWitnessStatementRequired(results);
    assertThat(forType(results, "MEDICAL_BIRTH_CERTIFICATE")).isEmpty();
  }

  @Test
  void asksBirthWitnessStatementWhenNoCertificateNumberIsQuoted() {
    Map<String, Object> variables = variables("NONE", MARRIAGE_NO, true);
    variables.put("birthCertificateNo", null);
    List<Map<String, Object>> results = evaluate(variables);

    assertBirthWitnessStatementRequired(results);
    assertThat(forType(results, "MEDICAL_BIRTH_CERTIFICATE")).isEmpty();
  }

  @Test
  void neverAsksMarriageCertificateWhenMarriageIsInCivilStatus() {
    List<Map<String, Object>> results = evaluate("MATCHES", MARRIAGE_NO, false);

    assertThat(forType(results, "MARRIAGE_CERTIFICATE"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("civil-status");
              assertThat(row.get("reference")).isEqualTo(MARRIAGE_NO);
              assertThat((String) row.get("reasonEn")).contains("civil-status");
            });
  }

  @Test
  void marriageInCivilStatusWinsEvenWhenPopulationAlsoSaysMarried() {
    List<Map<String, Object>> results = evaluate("MATCHES", MARRIAGE_NO, true);

    assertThat(forType(results, "MARRIAGE_CERTIFICATE"))
        .extracting(row -> row.get("source"), row -> row.get("reference"))
        .containsExactly(tuple("civil-status", MARRIAGE_NO));
  }

  @Test
  void neverAsksPaperWhenOnlyPopulationSaysParentsAreMarried() {
    List<Map<String, Object>> results = evaluate("MATCHES", null, true);

    assertThat(forType(results, "MARRIAGE_CERTIFICATE"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("population");
              assertThat(row.get("reference")).isEqualTo(MOTHER_PIN);
              assertThat((String) row.get("reasonEn")).contains("officer verifies");
            });
  }

  @Test
  void noMarriageCertificateAppliesWhenParentsAreNotMarried() {
    List<Map<String, Object>> results = evaluate("MATCHES", null, false);

    assertThat(forType(results, "MARRIAGE_CERTIFICATE"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(false);
              assertThat(row.get("source")).isEqualTo("population");
              assertThat(row.get("reference")).isEqualTo(MOTHER_PIN);
              assertThat((String) row.get("reasonEn")).contains("not recorded as married");
            });
  }

  @Test
  void neverAsksIdentityCardWhateverTheOtherFacts() {
    for (String status : List.of("MATCHES", "MISMATCH", "NOT_FOUND", "NONE")) {
      for (String marriageNo : new String[] {MARRIAGE_NO, null}) {
        for (boolean populationSaysMarried : new boolean[] {true, false}) {
          List<Map<String, Object>> results = evaluate(status, marriageNo, populationSaysMarried);

          assertThat(forType(results, "ID_CARD"))
              .as("%s / %s / %s", status, marriageNo, populationSaysMarried)
              .singleElement()
              .satisfies(
                  row -> {
                    assertThat(row.get("required")).isEqualTo(false);
                    assertThat(row.get("source")).isEqualTo("population");
                    assertThat(row.get("reference")).isEqualTo(APPLICANT_PIN);
                    assertThat((String) row.get("reasonEn")).contains("population database");
                  });
          assertThat(results)
              .as("one birth-evidence row, one marriage row and the identity row")
              .hasSize(3);
        }
      }
    }
  }

  @Test
  void nothingRequiredWhenCertificateMatchesAndMarriageIsInCivilStatus() {
    List<Map<String, Object>> results = evaluate("MATCHES", MARRIAGE_NO, true);

    assertThat(results).noneMatch(row -> Boolean.TRUE.equals(row.get("required")));
    assertThat(results)
        .extracting(
            row -> row.get("documentType"), row -> row.get("source"), row -> row.get("reference"))
        .containsExactlyInAnyOrder(
            tuple("MEDICAL_BIRTH_CERTIFICATE", "health-facilities", CERTIFICATE_NO),
            tuple("MARRIAGE_CERTIFICATE", "civil-status", MARRIAGE_NO),
            tuple("ID_CARD", "population", APPLICANT_PIN));
  }

  @Test
  void onlyBirthWitnessStatementRequiredWhenNoCertificateAndParentsNotMarried() {
    List<Map<String, Object>> results = evaluate("NONE", null, false);

    assertThat(results)
        .filteredOn(row -> Boolean.TRUE.equals(row.get("required")))
        .extracting(row -> row.get("documentType"))
        .containsExactly("BIRTH_WITNESS_STATEMENT");
    assertThat(results)
        .filteredOn(row -> Boolean.FALSE.equals(row.get("required")))
        .extracting(
            row -> row.get("documentType"), row -> row.get("source"), row -> row.get("reference"))
        .containsExactlyInAnyOrder(
            tuple("MARRIAGE_CERTIFICATE", "population", MOTHER_PIN),
            tuple("ID_CARD", "population", APPLICANT_PIN));
  }

  @Test
  void onlyMedicalBirthCertificateRequiredWhenMismatchAndMarriageOnlyInPopulation() {
    List<Map<String, Object>> results = evaluate("MISMATCH", null, true);

    assertThat(results)
        .filteredOn(row -> Boolean.TRUE.equals(row.get("required")))
        .extracting(row -> row.get("documentType"))
        .containsExactly("MEDICAL_BIRTH_CERTIFICATE");
    assertThat(results)
        .filteredOn(row -> Boolean.FALSE.equals(row.get("required")))
        .extracting(
            row -> row.get("documentType"), row -> row.get("source"), row -> row.get("reference"))
        .containsExactlyInAnyOrder(
            tuple("MARRIAGE_CERTIFICATE", "population", MOTHER_PIN),
            tuple("ID_CARD", "population", APPLICANT_PIN));
  }

  @Test
  void everyRowFillsAllFiveOutputsWithAPlainLanguageReason() {
    for (String status : List.of("MATCHES", "MISMATCH", "NOT_FOUND", "NONE")) {
      for (String marriageNo : new String[] {MARRIAGE_NO, null}) {
        for (boolean populationSaysMarried : new boolean[] {true, false}) {
          for (Map<String, Object> row : evaluate(status, marriageNo, populationSaysMarried)) {
            assertThat(row)
                .containsOnlyKeys(
                    "documentType", "required", "reason", "reasonEn", "source", "reference");
            assertThat((String) row.get("reasonEn")).isNotBlank().endsWith(".");
            if (Boolean.TRUE.equals(row.get("required"))) {
              assertThat(row.get("source")).isNull();
              assertThat(row.get("reference")).isNull();
            } else {
              assertThat(row.get("source")).isNotNull();
              assertThat(row.get("reference")).isNotNull();
            }
          }
        }
      }
    }
  }

  private static void assertBirthWitnessStatementRequired(List<Map<String, Object>> results) {
    assertThat(forType(results, "BIRTH_WITNESS_STATEMENT"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("required")).isEqualTo(true);
              assertThat(row.get("source")).isNull();
              assertThat(row.get("reference")).isNull();
              assertThat((String) row.get("reasonEn")).contains("witness statement");
            });
  }

  private static List<Map<String, Object>> forType(
      List<Map<String, Object>> results, String documentType) {
    return results.stream().filter(row -> documentType.equals(row.get("documentType"))).toList();
  }

  private static Map<String, Object> variables(
      String birthCertificateStatus, String parentsMarriageNo, boolean populationSaysMarried) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("birthCertificateStatus", birthCertificateStatus);
    variables.put("parentsMarriageNo", parentsMarriageNo);
    variables.put("populationSaysParentsMarried", populationSaysMarried);
    variables.put("birthCertificateNo", CERTIFICATE_NO);
    variables.put("applicantPin", APPLICANT_PIN);
    variables.put("motherPin", MOTHER_PIN);
    return variables;
  }

  private static List<Map<String, Object>> evaluate(
      String birthCertificateStatus, String parentsMarriageNo, boolean populationSaysMarried) {
    return evaluate(variables(birthCertificateStatus, parentsMarriageNo, populationSaysMarried));
  }

  private static List<Map<String, Object>> evaluate(Map<String, Object> variables) {
    DmnDecisionTableResult result =
        DecisionTables.ENGINE.evaluateDecisionTable(decision, variables);
    return result.getResultList();
  }
}
