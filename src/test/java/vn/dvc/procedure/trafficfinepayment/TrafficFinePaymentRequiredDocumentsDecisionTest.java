package vn.dvc.procedure.trafficfinepayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvc.DecisionTables;

/** {@code traffic-fine-payment-required-documents.dmn}: nothing is asked of the citizen. */
class TrafficFinePaymentRequiredDocumentsDecisionTest {

  private static List<Map<String, Object>> evaluate(List<String> decisionNos) {
    return DecisionTables.ENGINE
        .evaluateDecisionTable(
            DecisionTables.decision("traffic-fine-payment-required-documents"),
            Map.of("decisionNos", decisionNos))
        .getResultList();
  }

  @Test
  void thePenaltyDecisionsAreTheRegistrysSoNoneIsAsked() {
    assertThat(evaluate(List.of("9446/QĐ-XPHC", "9091/QĐ-XPHC")))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("documentType", "PENALTY_DECISION")
                    .containsEntry("required", false)
                    .containsEntry("source", "traffic-fines")
                    .containsEntry("reference", "9446/QĐ-XPHC, 9091/QĐ-XPHC")
                    .containsEntry(
                        "reason",
                        "Quyết định xử phạt có trong cơ sở dữ liệu xử phạt vi phạm giao thông, nên"
                            + " không cần nộp bản sao quyết định.")
                    .containsEntry(
                        "reasonEn",
                        "The penalty decision is in the traffic-violation penalty database, so no"
                            + " copy of the decision is needed."));
  }

  @Test
  void nothingIsRequiredOfTheCitizen() {
    assertThat(evaluate(List.of("9446/QĐ-XPHC")))
        .allSatisfy(row -> assertThat(row).containsEntry("required", false));
  }
}
