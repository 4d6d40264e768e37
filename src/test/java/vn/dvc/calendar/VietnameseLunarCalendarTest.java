package vn.dvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lunar calendar computed at UTC+7. Expected dates are published Vietnamese calendar dates;
 * where the astronomy is close to a day boundary the new moon's local time is given.
 */
class VietnameseLunarCalendarTest {

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
    "2020, 2020-01-25",
    "2021, 2021-02-12",
    "2022, 2022-02-01",
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    "2027, 2027-02-06",
    "2028, 2028-01-26",
    "2029, 2029-02-13",
    // The new moon is at 16:07 UT on 2 February 2030: 23:07 in Vietnam, 00:07 on the 3rd in
    // China. 3 February is China's Tết; Vietnam's is the 2nd, as in 2007.
    "2030, 2030-02-02"
  })
  void lunarNewYearIsThePublishedTet(int year, LocalDate tet) {
    assertThat(VietnameseLunarCalendar.lunarNewYear(year)).isEqualTo(tet);
  }

  @ParameterizedTest(name = "Hùng Kings'' day {0} is {1}")
  @CsvSource({
    "2020, 2020-04-02",
    "2021, 2021-04-21",
    "2022, 2022-04-10",
    "2023, 2023-04-29",
    "2024, 2024-04-18",
    "2025, 2025-04-07",
    "2026, 2026-04-26",
    // Month 3 begins with new moons far from midnight at UTC+7 (06:51 on 7 Apr 2027, 11:31 on 26
    // Mar 2028, 04:40 on 14 Apr 2029, 05:02 on 3 Apr 2030), so these do not hang on minutes.
    "2027, 2027-04-16",
    "2028, 2028-04-04",
    "2029, 2029-04-23",
    "2030, 2030-04-12"
  })
  void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate day) {
    assertThat(VietnameseLunarCalendar.toSolar(year, 3, 10, false)).isEqualTo(day);
  }

  @Test
  void tetIsReckonedAtUtcPlusSevenAndSoDiffersFromChinaInSomeYears() {
    assertThat(VietnameseLunarCalendar.lunarNewYear(1985)).isEqualTo("1985-01-21");
    assertThat(VietnameseLunarCalendar.toSolar(1985, 1, 1, false, CHINA)).isEqualTo("1985-02-20");

    assertThat(VietnameseLunarCalendar.lunarNewYear(2007)).isEqualTo("2007-02-17");
    assertThat(VietnameseLunarCalendar.toSolar(2007, 1, 1, false, CHINA)).isEqualTo("2007-02-18");

    assertThat(VietnameseLunarCalendar.lunarNewYear(2030)).isEqualTo("2030-02-02");
    assertThat(VietnameseLunarCalendar.toSolar(2030, 1, 1, false, CHINA)).isEqualTo("2030-02-03");
  }

  @Test
  void aLeapMonthFollowsTheMonthItRepeats() {
    assertThat(VietnameseLunarCalendar.toSolar(2020, 4, 1, true)).isEqualTo("2020-05-23");
    assertThat(VietnameseLunarCalendar.toSolar(2023, 2, 1, true)).isEqualTo("2023-03-22");
    assertThat(VietnameseLunarCalendar.toSolar(2025, 6, 1, true)).isEqualTo("2025-07-25");
    assertThat(VietnameseLunarCalendar.toSolar(2025, 7, 1, false)).isEqualTo("2025-08-23");
  }

  @Test
  void theLeapMonthOf2033IsTheEleventhBecauseTheEleventhMustHoldTheSolstice() {
    assertThat(VietnameseLunarCalendar.toSolar(2033, 11, 1, false)).isEqualTo("2033-11-22");
    assertThat(VietnameseLunarCalendar.toSolar(2033, 11, 1, true)).isEqualTo("2033-12-22");
    assertThat(VietnameseLunarCalendar.lunarNewYear(2034)).isEqualTo("2034-02-19");
  }

  @Test
  void monthsElevenAndTwelveBelongToTheLunarYearBeforeTheNextTet() {
    // Ất Tỵ had no 30th day of Tết: the 12th month of lunar 2024 had 29 days.
    assertThat(VietnameseLunarCalendar.toSolar(2024, 12, 29, false)).isEqualTo("2025-01-28");
    assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(2024, 12, 30, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has only 29 days");
  }

  @Test
  void aLeapMonthTheYearDoesNotHaveIsRefused() {
    assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(2024, 5, 1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no leap month 5");
  }

  @Test
  void yearsOutsideTheSupportedRangeAreRefused() {
    assertThatThrownBy(() -> VietnameseLunarCalendar.lunarNewYear(1899))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1899");
    assertThatThrownBy(() -> VietnameseLunarCalendar.lunarNewYear(2200))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void astronomyReproducesMeeussWorkedExamples() {
    // Example 49.a: the new moon of February 1977, JDE 2443192.65118.
    assertThat(Astronomy.newMoon(-283)).isCloseTo(2443192.65118, within(0.00002));
    // Example 25.a: the apparent longitude of the sun on 13 October 1992 at 0h TD.
    assertThat(Astronomy.sunLongitude(2448908.5)).isCloseTo(199.90895, within(0.0001));
  }
}
