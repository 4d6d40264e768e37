package vn.dvc.benefits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The base salary levels the government decreed, each with the day it took effect (e.g. 2,340,000
 * VND from 1 July 2024, Decree 73/2024/NĐ-CP). Configuration, not code, because a new decree
 * changes the amount, and a benefit is computed with the level in force on the day it is due (the
 * date of death for a funeral allowance), which may be an older one.
 *
 * @param levels in any order; no two take effect on the same day
 */
@Validated
@ConfigurationProperties("dvc.base-salary")
record BaseSalaryProperties(@NotEmpty List<@Valid @NotNull Level> levels) {

  /**
   * @param effectiveFrom the first day the amount applies
   * @param amountVnd the monthly base salary in VND
   */
  record Level(@NotNull LocalDate effectiveFrom, @Positive long amountVnd) {}
}
