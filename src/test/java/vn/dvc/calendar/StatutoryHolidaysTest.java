package vn.dvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Labour Code 2019 Art. 112 as computed for a year, before any published schedule. */
class StatutoryHolidaysTest {

  @Test
  void nationalDayTakesThe3rdWhenThe1stIsAWeekendAsIn2024() {
    // 1 September 2024 is a Sunday.
    assertThat(daysIn(2024, Month.SEPTEMBER))
        .containsExactly(date("2024-09-02"), date("2024-09-03"));
  }

  @Test
  void nationalDayTakesThe1stOtherwiseAsIn2025() {
    assertThat(daysIn(2025, Month.SEPTEMBER))
        .containsExactly(date("2025-09-01"), date("2025-09-02"));
  }

  @Test
  void aHolidayOnASaturdayIsCompensatedOnTheNextWorkingDayAfterItsBlock() {
    // 30 April 2021 is a Friday, 1 May a Saturday.
    assertThat(StatutoryHolidays.of(2021))
        .filteredOn(day -> day.date().getMonth() == Month.MAY)
        .containsExactly(
            new Holiday(date("2021-05-01"), "Ngày Quốc tế Lao động (International Labour Day)"),
            new Holiday(date("2021-05-03"), "Nghỉ bù 30/4 và 1/5 (compensation)"));
  }

  @Test
  void compensationSkipsOtherHolidays() {
    // 2023: Hùng Kings' day Saturday 29 April, 30 April a Sunday, 1 May a Monday.
    assertThat(StatutoryHolidays.of(2023))
        .filteredOn(
            day ->
                day.date().isAfter(date("2023-04-28")) && day.date().isBefore(date("2023-05-10")))
        .extracting(Holiday::date, Holiday::name)
        .containsExactly(
            holiday("2023-04-29", "Giỗ Tổ Hùng Vương (Hùng Kings' Commemoration)"),
            holiday("2023-04-30", "Ngày Chiến thắng (Reunification Day)"),
            holiday("2023-05-01", "Ngày Quốc tế Lao động (International Labour Day)"),
            holiday("2023-05-02", "Nghỉ bù Giỗ Tổ Hùng Vương (compensation)"),
            holiday("2023-05-03", "Nghỉ bù 30/4 và 1/5 (compensation)"));
  }

  @Test
  void nationalDayOnASaturdayKeepsFridayAndIsCompensatedOnMonday() {
    // 2023, as published: off Friday 1 – Monday 4 September.
    assertThat(daysIn(2023, Month.SEPTEMBER))
        .containsExactly(date("2023-09-01"), date("2023-09-02"), date("2023-09-04"));
  }

  @Test
  void newYearsDayOnASundayIsCompensatedOnMonday() {
    assertThat(daysIn(2023, Month.JANUARY)).startsWith(date("2023-01-01"), date("2023-01-02"));
  }

  @Test
  void tet2026IsTheFiveWeekdaysFrom16To20February() {
    assertThat(daysIn(2026, Month.FEBRUARY))
        .containsExactly(
            date("2026-02-16"),
            date("2026-02-17"),
            date("2026-02-18"),
            date("2026-02-19"),
            date("2026-02-20"));
  }

  @Test
  void tet2025IsTheLastDayOfTheOldYearAndDaysOneToFourWithSaturdayCompensatedOnMonday() {
    assertThat(StatutoryHolidays.of(2025))
        .filteredOn(day -> day.name().contains("Tết Nguyên đán"))
        .extracting(Holiday::date)
        .containsExactly(
            date("2025-01-28"),
            date("2025-01-29"),
            date("2025-01-30"),
            date("2025-01-31"),
            date("2025-02-01"),
            date("2025-02-03"));
  }

  @Test
  void hungKingsDayOnASundayIsCompensatedOnMonday() {
    assertThat(StatutoryHolidays.of(2026))
        .extracting(Holiday::date)
        .contains(date("2026-04-26"), date("2026-04-27"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1947, 2020, 2023, 2024, 2025, 2026, 2031, 2033, 2100})
  void daysOffAreSortedWithOneEntryPerDateAndAllInTheYear(int year) {
    List<LocalDate> dates = StatutoryHolidays.of(year).stream().map(Holiday::date).toList();

    assertThat(dates).isSorted().doesNotHaveDuplicates().allMatch(d -> d.getYear() == year);
    // 11 statutory days; a day shared by two holidays (30 April 1947) makes one fewer.
    assertThat(dates).hasSizeGreaterThanOrEqualTo(year == 1947 ? 10 : 11);
  }

  private static List<LocalDate> daysIn(int year, Month month) {
    return StatutoryHolidays.of(year).stream()
        .map(Holiday::date)
        .filter(date -> date.getMonth() == month)
        .toList();
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static Tuple holiday(String date, String name) {
    return Tuple.tuple(LocalDate.parse(date), name);
  }
}
