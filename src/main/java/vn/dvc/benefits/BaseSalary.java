package vn.dvc.benefits;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dvc.benefits.BaseSalaryProperties.Level;

/** The base salary in force on a day, from the configured levels ({@code dvc.base-salary}). */
@Component
public class BaseSalary {

  private final NavigableMap<LocalDate, Long> levels;

  BaseSalary(BaseSalaryProperties properties) {
    List<Level> configured = properties.levels();
    Map<LocalDate, List<Level>> byDay =
        configured.stream().collect(Collectors.groupingBy(Level::effectiveFrom));
    byDay.forEach(
        (day, same) -> {
          if (same.size() > 1) {
            // Two amounts for one day: either would be a guess, so the application does not start.
            throw new IllegalStateException(
                "dvc.base-salary.levels has " + same.size() + " levels effective from " + day);
          }
        });
    this.levels = new TreeMap<>();
    configured.stream()
        .sorted(Comparator.comparing(Level::effectiveFrom))
        .forEach(level -> levels.put(level.effectiveFrom(), level.amountVnd()));
  }

  /**
   * The monthly base salary in VND in force on {@code day}: the level with the latest effective
   * date not after it.
   *
   * @throws IllegalArgumentException when {@code day} is before the first configured level: the
   *     amount then is unknown to the application, and a benefit must not be paid on a guess
   */
  public long amountVndOn(LocalDate day) {
    var level = levels.floorEntry(day);
    if (level == null) {
      throw new IllegalArgumentException(
          "No base salary is configured for "
              + day
              + "; the earliest level (dvc.base-salary.levels) takes effect on "
              + levels.firstKey());
    }
    return level.getValue();
  }
}
