package vn.dvc.procedure.trafficfinepayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.DecisionTables;

/**
 * Every rule of {@code traffic-fine-payment-fee.dmn}: the fine, and late-payment interest of 0.05 %
 * of the fine per day after the 10 days from the decision date, both read from its terms table.
 */
class TrafficFinePaymentFeeDecisionTest {

  private static final String FEE = "traffic-fine-payment-fee";

  /** As the fee block passes it: a Java map per fine, read from a JSON process variable. */
  private static Map<String, Object> fine(String decisionNo, Number amountVnd, String decidedOn) {
    Map<String, Object> subject = new HashMap<>();
    subject.put("decisionNo", decisionNo);
    subject.put("fineAmountVnd", amountVnd);
    subject.put("decidedOn", decidedOn);
    return subject;
  }

  private static List<Map<String, Object>> evaluate(Map<String, Object> subject, String feeDate) {
    return DecisionTables.ENGINE
        .evaluateDecisionTable(
            DecisionTables.decision(FEE), Map.of("feeSubject", subject, "feeDate", feeDate))
        .getResultList();
  }

  @Test
  void isACollectTableWithTheFeeShapeAndItsTermsInATableOfTheirOwn() {
    Decision fee = DecisionTables.model(FEE).getModelElementById(FEE);
    DecisionTable table = (DecisionTable) fee.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(table.getOutputs())
        .extracting(Output::getName)
        .containsExactly("feeItem", "amountVnd", "reason", "reasonEn");
    assertThat(table.getRules())
        .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
    assertThat(fee.getCamundaHistoryTimeToLiveString()).isEqualTo("365");
    Decision terms =
        DecisionTables.model(FEE).getModelElementById("traffic-fine-payment-late-payment-terms");
    assertThat(terms.getCamundaHistoryTimeToLiveString()).isEqualTo("365");
  }

  @ParameterizedTest
  @CsvSource({"2026-07-01, 2026-07-01", "2026-07-01, 2026-07-05", "2026-07-01, 2026-07-11"})
  void aFinePaidWithinTenDaysOfTheDecisionIsTheFineAlone(String decidedOn, String paidOn) {
    assertThat(evaluate(fine("9446/QĐ-XPHC", 4_000_000L, decidedOn), paidOn))
        .containsExactly(
            Map.of(
                "feeItem",
                "FINE:9446/QĐ-XPHC",
                "amountVnd",
                4_000_000L,
                "reason",
                "Tiền phạt theo quyết định xử phạt số 9446/QĐ-XPHC ngày "
                    + LocalDate.parse(decidedOn)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + ": 4.000.000 ₫",
                "reasonEn",
                "Fine under penalty decision no. 9446/QĐ-XPHC of "
                    + LocalDate.parse(decidedOn)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + ": 4.000.000 ₫"));
  }

  @Test
  void aFinePaidTwelveDaysLateAddsInterestWithHowItWasComputed() {
    List<Map<String, Object>> rows =
        evaluate(fine("9446/QĐ-XPHC", 4_000_000L, "2026-07-01"), "2026-07-23");

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .containsEntry("feeItem", "FINE:9446/QĐ-XPHC")
        .containsEntry("amountVnd", 4_000_000L);
    assertThat(rows.get(1))
        .containsEntry("feeItem", "LATE_PAYMENT_INTEREST:9446/QĐ-XPHC")
        .containsEntry("amountVnd", 24_000L)
        .containsEntry(
            "reason",
            "Nộp chậm 12 ngày sau thời hạn 10 ngày kể từ ngày ra quyết định 01/07/2026:"
                + " 4.000.000 ₫ × 0,05 % × 12 = 24.000 ₫")
        .containsEntry(
            "reasonEn",
            "Paid 12 days after the time limit of 10 days from the decision of 01/07/2026:"
                + " 4.000.000 ₫ × 0,05 % × 12 = 24.000 ₫");
  }

  @Test
  void theInterestIsRoundedDownToTheWholeDong() {
    // 350,000 × 0.05 % × 3 = 525; 123,457 × 0.05 % × 1 = 61.7285 → 61.
    assertThat(evaluate(fine("1/QĐ-XPHC", 350_000, "2026-01-01"), "2026-01-14").get(1))
        .containsEntry("amountVnd", 525L);
    assertThat(evaluate(fine("1/QĐ-XPHC", 123_457, "2026-01-01"), "2026-01-12").get(1))
        .containsEntry("amountVnd", 61L)
        .containsEntry(
            "reason",
            "Nộp chậm 1 ngày sau thời hạn 10 ngày kể từ ngày ra quyết định 01/01/2026:"
                + " 123.457 ₫ × 0,05 % × 1 = 61 ₫");
  }

  @ParameterizedTest
  @CsvSource({
    "4000000, 2026-07-05, 2026-11-01",
    "400000, 2025-12-28, 2026-03-03",
    "18000000, 2024-02-28, 2026-11-30",
    "1000000, 2026-01-16, 2026-01-27",
    "999999, 2026-06-30, 2027-06-30"
  })
  void theInterestIsExactIntegerArithmeticOverLongPeriods(
      long fine, String decidedOn, String paidOn) {
    long daysLate =
        ChronoUnit.DAYS.between(LocalDate.parse(decidedOn), LocalDate.parse(paidOn)) - 10;
    long expected =
        BigInteger.valueOf(fine)
            .multiply(BigInteger.valueOf(5))
            .multiply(BigInteger.valueOf(daysLate))
            .divide(BigInteger.valueOf(10_000))
            .longValueExact();

    List<Map<String, Object>> rows = evaluate(fine("2/QĐ-XPHC", fine, decidedOn), paidOn);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).containsEntry("amountVnd", expected);
    assertThat((String) rows.get(1).get("reason")).startsWith("Nộp chậm " + daysLate + " ngày");
  }

  @Test
  void theDaysToPayAndTheRateAreTheTermsTablesDataAlone() {
    // An analyst sets 15 days and 0.1 % in the terms table; nothing else changes.
    DmnModelInstance model = DecisionTables.model(FEE);
    model
        .<OutputEntry>getModelElementById("OutputEntry_LawOnAdministrativeViolations2012_DaysToPay")
        .getText()
        .setTextContent("15");
    model
        .<OutputEntry>getModelElementById(
            "OutputEntry_LawOnAdministrativeViolations2012_InterestPercentPerDay")
        .getText()
        .setTextContent("0.1");
    DmnDecision changed = DecisionTables.ENGINE.parseDecision(FEE, model);

    List<Map<String, Object>> onDay15 =
        DecisionTables.ENGINE
            .evaluateDecisionTable(
                changed,
                Map.of(
                    "feeSubject",
                    fine("4/QĐ-XPHC", 4_000_000L, "2026-07-01"),
                    "feeDate",
                    "2026-07-16"))
            .getResultList();
    List<Map<String, Object>> onDay27 =
        DecisionTables.ENGINE
            .evaluateDecisionTable(
                changed,
                Map.of(
                    "feeSubject",
                    fine("4/QĐ-XPHC", 4_000_000L, "2026-07-01"),
                    "feeDate",
                    "2026-07-28"))
            .getResultList();

    assertThat(onDay15).hasSize(1);
    assertThat(onDay27.get(1))
        .containsEntry("amountVnd", 48_000L)
        .containsEntry(
            "reason",
            "Nộp chậm 12 ngày sau thời hạn 15 ngày kể từ ngày ra quyết định 01/07/2026:"
                + " 4.000.000 ₫ × 0,1 % × 12 = 48.000 ₫");
  }

  @Test
  void readsTheFineFromAMapWhoseAmountJsonTurnedIntoAnInteger() {
    assertThat(evaluate(fine("3/QĐ-XPHC", Integer.valueOf(800_000), "2026-03-01"), "2026-03-21"))
        .extracting(row -> row.get("amountVnd"))
        .containsExactly(800_000L, 4_000L);
  }
}
