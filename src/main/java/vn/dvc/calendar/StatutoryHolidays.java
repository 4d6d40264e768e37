package vn.dvc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public holidays of Labour Code 2019 Art. 112 as they follow from the law alone, before the
 * government publishes the year's schedule: what a year without a {@code holidays-<year>.json}
 * falls back to, and what such a file is checked against.
 */
public final class StatutoryHolidays {

  private static final String TET = "Tết Nguyên đán";
  private static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
  private static final String NATIONAL_DAY = "Quốc khánh";

  private StatutoryHolidays() {}

  /**
   * Labour Code 2019 Art. 112 days off computed for a year, including weekend compensation.
   *
   * @return the days off sorted by date; compensation days are named "Nghỉ bù …"
   */
  public static List<Holiday> of(int year) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Block.of("Tết Dương lịch", "New Year's Day", LocalDate.of(year, Month.JANUARY, 1)));
    LocalDate newYear = VietnameseLunarCalendar.lunarNewYear(year);
    blocks.add(
        new Block(
            TET,
            List.of(
                new Holiday(newYear.minusDays(1), TET + " (Lunar New Year's Eve)"),
                new Holiday(newYear, TET + " (Lunar New Year, day 1)"),
                new Holiday(newYear.plusDays(1), TET + " (Lunar New Year, day 2)"),
                new Holiday(newYear.plusDays(2), TET + " (Lunar New Year, day 3)"),
                new Holiday(newYear.plusDays(3), TET + " (Lunar New Year, day 4)"))));
    blocks.add(
        Block.of(
            HUNG_KINGS,
            "Hùng Kings' Commemoration",
            VietnameseLunarCalendar.toSolar(year, 3, 10, false)));
    // Adjacent, so one block: a weekend day of either is compensated after both.
    blocks.add(
        new Block(
            "30/4 và 1/5",
            List.of(
                new Holiday(
                    LocalDate.of(year, Month.APRIL, 30), "Ngày Chiến thắng (Reunification Day)"),
                new Holiday(
                    LocalDate.of(year, Month.MAY, 1),
                    "Ngày Quốc tế Lao động (International Labour Day)"))));
    LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
    // The law says "the day before or after" and leaves the choice to each year's schedule; 1
    // September unless it is a weekend reproduces 2024 (2–3 September) and 2025 (1–2 September).
    LocalDate adjacent =
        isWeekend(nationalDay.minusDays(1)) ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    blocks.add(
        new Block(
            NATIONAL_DAY,
            List.of(
                new Holiday(nationalDay, NATIONAL_DAY + " (National Day)"),
                new Holiday(adjacent, NATIONAL_DAY + " (National Day holiday)"))));

    Set<LocalDate> taken = new HashSet<>();
    blocks.forEach(block -> block.days().forEach(day -> taken.add(day.date())));
    // Hùng Kings' day can fall on 30 April (it did in 1947): one day off then, under both names.
    Map<LocalDate, String> names = new TreeMap<>();
    Set<LocalDate> compensated = new HashSet<>();
    for (Block block : blocks) {
      LocalDate compensation = block.lastDay();
      for (Holiday day : block.days()) {
        names.merge(day.date(), day.name(), (first, second) -> first + "; " + second);
        if (isWeekend(day.date()) && compensated.add(day.date())) {
          compensation = nextFree(compensation, taken);
          taken.add(compensation);
          names.put(compensation, "Nghỉ bù " + block.name() + " (compensation)");
        }
      }
    }
    return names.entrySet().stream().map(e -> new Holiday(e.getKey(), e.getValue())).toList();
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  private static LocalDate nextFree(LocalDate after, Set<LocalDate> taken) {
    LocalDate day = after.plusDays(1);
    while (isWeekend(day) || taken.contains(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Holidays that are taken together, so that their compensation days follow the whole block. */
  private record Block(String name, List<Holiday> days) {

    LocalDate lastDay() {
      return days.stream().map(Holiday::date).max(LocalDate::compareTo).orElseThrow();
    }

    static Block of(String name, String english, LocalDate date) {
      return new Block(name, List.of(new Holiday(date, name + " (" + english + ")")));
    }
  }
}
