package vn.dvc.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dvc.DecisionTables;

/**
 * The fee decisions of the procedures built on the frame: every one free today, each row's reason
 * in Vietnamese from the catalogue's fee note; where the amount is unconfirmed, the reason says
 * that nothing is charged until an analyst sets it.
 */
class FeeDecisionsTest {

  @ParameterizedTest(name = "{0} late={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "birth-registration | false | BIRTH_REGISTRATION_FEE | Đăng ký khai sinh đúng hạn",
        "birth-registration | true | LATE_BIRTH_REGISTRATION_FEE | chưa được xác nhận",
        "death-registration | false | DEATH_REGISTRATION_FEE | Đăng ký khai tử đúng hạn",
        "death-registration | true | LATE_DEATH_REGISTRATION_FEE | quá hạn",
        "marriage-registration | false | MARRIAGE_REGISTRATION_FEE | miễn lệ phí",
        "interlinked-birth | true | INTERLINKED_BIRTH_FEE | miễn phí, lệ phí",
        "interlinked-death | false | INTERLINKED_DEATH_FEE | miễn phí, lệ phí",
        "land-change-registration | false | LAND_CHANGE_REGISTRATION_FEE | chưa được xác nhận",
        "temporary-absence-declaration | false | TEMPORARY_ABSENCE_DECLARATION_FEE | chưa được"
            + " xác nhận",
      })
  void chargesNothingTodayWithTheReasonFromTheCatalogue(
      String procedure, boolean late, String item, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("late", late);
    variables.put("feeDate", "2026-12-08");
    variables.put("feeSubject", new HashMap<>());

    List<Map<String, Object>> rows =
        DecisionTables.ENGINE
            .evaluateDecision(DecisionTables.decision(procedure + "-fee"), variables)
            .getResultList();

    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("feeItem")).isEqualTo(item);
              assertThat(row.get("amountVnd")).isEqualTo(0L);
              assertThat((String) row.get("reason")).contains(reason);
            });
  }

  @ParameterizedTest
  @CsvSource({"land-change-registration", "temporary-absence-declaration"})
  void saysAnAnalystSetsAnUnconfirmedFeeWhenItIsPublished(String procedure) {
    Map<String, Object> row =
        DecisionTables.ENGINE
            .evaluateDecision(
                DecisionTables.decision(procedure + "-fee"),
                Map.of("feeDate", "2026-12-08", "feeSubject", Map.of()))
            .getSingleResult()
            .getEntryMap();

    assertThat((String) row.get("reason"))
        .contains("chưa được xác nhận", "chuyên viên nghiệp vụ sẽ đặt mức lệ phí khi được công bố");
  }
}
