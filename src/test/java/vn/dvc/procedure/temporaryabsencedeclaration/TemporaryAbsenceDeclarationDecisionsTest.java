package vn.dvc.procedure.temporaryabsencedeclaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.DecisionTables;

/**
 * Every rule of {@code temporary-absence-declaration-eligibility.dmn} (12 consecutive months away
 * from the commune of permanent residence) and {@code
 * temporary-absence-declaration-required-documents.dmn} (nothing beyond the declaration).
 */
class TemporaryAbsenceDeclarationDecisionsTest {

  private static final String ELIGIBILITY = "temporary-absence-declaration-eligibility";
  private static final String DOCUMENTS = "temporary-absence-declaration-required-documents";

  private static Map<String, Object> absence(String from, String until, String destination) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("communeCode", "01100");
    facts.put("absentFrom", from);
    facts.put("absentUntil", until);
    facts.put("destinationCommuneCode", destination);
    return facts;
  }

  private static List<Map<String, Object>> evaluate(String key, Map<String, Object> facts) {
    return DecisionTables.ENGINE
        .evaluateDecisionTable(DecisionTables.decision(key), facts)
        .getResultList();
  }

  @Test
  void bothDecisionsAreCollectTablesWithHistoryTimeToLiveAndDescribedRules() {
    for (String key : List.of(ELIGIBILITY, DOCUMENTS)) {
      Decision model = DecisionTables.model(key).getModelElementById(key);
      assertThat(model.getCamundaHistoryTimeToLiveString()).isEqualTo("365");
      DecisionTable table = (DecisionTable) model.getExpression();
      assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
      assertThat(table.getRules())
          .hasSize(2)
          .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
    }
    DecisionTable documents =
        (DecisionTable)
            ((Decision) DecisionTables.model(DOCUMENTS).getModelElementById(DOCUMENTS))
                .getExpression();
    assertThat(documents.getOutputs())
        .extracting(o -> o.getName())
        .containsExactly("documentType", "required", "reason", "reasonEn", "source", "reference");
  }

  @ParameterizedTest
  @CsvSource({
    "2026-12-01, 2027-12-01, 79233", // exactly 12 months, to another commune
    "2026-12-01, 2029-06-30, 01107",
    "2026-12-31, 2027-12-31, ", // abroad: no destination commune
    "2027-02-28, 2028-02-28, 40135"
  })
  void anAbsenceOfTwelveConsecutiveMonthsOrMoreFromTheCommuneIsDeclared(
      String from, String until, String destination) {
    assertThat(evaluate(ELIGIBILITY, absence(from, until, destination))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"2026-12-01, 2027-11-30", "2026-12-01, 2026-12-02", "2027-01-31, 2028-01-30"})
  void anAbsenceShorterThanTwelveMonthsNeedsNoDeclaration(String from, String until) {
    List<Map<String, Object>> findings = evaluate(ELIGIBILITY, absence(from, until, "79233"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0)).containsEntry("outcome", "REFUSE");
    assertThat((String) findings.get(0).get("reason"))
        .contains("dưới 12 tháng liên tục")
        .contains("không phải khai báo tạm vắng");
  }

  @Test
  void goingElsewhereInTheCommuneOfPermanentResidenceIsNoAbsence() {
    List<Map<String, Object>> findings =
        evaluate(ELIGIBILITY, absence("2026-12-01", "2028-12-01", "01100"));
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0)).containsEntry("outcome", "REFUSE");
    assertThat((String) findings.get(0).get("reason"))
        .contains("chính xã, phường nơi bạn thường trú");
  }

  @Test
  void aShortAbsenceInsideTheCommuneGivesBothReasons() {
    assertThat(evaluate(ELIGIBILITY, absence("2026-12-01", "2027-03-01", "01100"))).hasSize(2);
  }

  @Test
  void noIdentityCardIsAskedOfAnApplicantPopulationHolds() {
    Map<String, Object> facts = new HashMap<>();
    facts.put("applicantFound", true);
    facts.put("applicantPin", "001052206500");
    assertThat(evaluate(DOCUMENTS, facts))
        .containsExactly(
            Map.of(
                "documentType",
                "ID_CARD",
                "required",
                false,
                "reason",
                "Thông tin nhân thân của bạn có trong Cơ sở dữ liệu quốc gia về dân cư, nên"
                    + " không cần nộp thẻ căn cước.",
                "reasonEn",
                "Your identity is in the National Population Database, so no identity card is"
                    + " needed.",
                "source",
                "population",
                "reference",
                "001052206500"));
  }

  @Test
  void theIdentityCardIsAskedOnlyWhenPopulationNoLongerHoldsTheApplicant() {
    Map<String, Object> facts = new HashMap<>();
    facts.put("applicantFound", false);
    facts.put("applicantPin", "001052206500");
    List<Map<String, Object>> rows = evaluate(DOCUMENTS, facts);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .containsEntry("documentType", "ID_CARD")
        .containsEntry("required", true);
    assertThat(rows.get(0).get("source")).isNull();
  }
}
