package vn.dvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Deadlines counted on the shipped calendar, {@code calendar/holidays-2025.json} and 2026. */
class WorkingCalendarTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static WorkingCalendar calendar;

  @BeforeAll
  static void load() {
    calendar =
        new WorkingCalendar(
            new CalendarProperties(
                "classpath:calendar/", LocalTime.of(15, 0), LocalTime.of(17, 0), VIETNAM));
  }

  @Test
  void countingStopsForTheWholeTetBreakOf2026() {
    // Friday 13 February; off Saturday 14 – Sunday 22 February.
    assertThat(calendar.dueAfterWorkingDays(at("2026-02-13T10:00"), 3))
        .isEqualTo(at("2026-02-25T17:00"));
  }

  @Test
  void aCompensationDayIsNotCounted() {
    // Hùng Kings' day Sunday 26 April 2026 is compensated on Monday 27; 30 April and 1 May follow.
    assertThat(calendar.isWorkingDay(date("2026-04-27"))).isFalse();
    assertThat(calendar.dueAfterWorkingDays(at("2026-04-24T09:00"), 2))
        .isEqualTo(at("2026-04-29T17:00"));
    assertThat(calendar.dueAfterWorkingDays(at("2026-04-24T09:00"), 3))
        .isEqualTo(at("2026-05-04T17:00"));
  }

  @Test
  void theSaturdaySwappedIn2025IsWorkedAndTheFridayIsOff() {
    assertThat(calendar.isWorkingDay(date("2025-04-26"))).isTrue();
    assertThat(calendar.isWorkingDay(date("2025-05-02"))).isFalse();
    assertThat(calendar.dueAfterWorkingDays(at("2025-04-25T10:00"), 1))
        .isEqualTo(at("2025-04-26T17:00"));
    assertThat(calendar.dueAfterWorkingDays(at("2025-04-25T10:00"), 2))
        .isEqualTo(at("2025-04-28T17:00"));
    // Off Wednesday 30 April – Sunday 4 May.
    assertThat(calendar.dueAfterWorkingDays(at("2025-04-29T10:00"), 1))
        .isEqualTo(at("2025-05-05T17:00"));
  }

  @Test
  void thePublishedTet2025ReplacesTheComputedCompensationDay() {
    assertThat(calendar.isWorkingDay(date("2025-01-27"))).isFalse();
    assertThat(calendar.isWorkingDay(date("2025-02-03"))).isTrue();
    assertThat(calendar.nextWorkingDay(date("2025-01-24"))).isEqualTo("2025-02-03");
  }

  @Test
  void aDossierReceivedAfter1500CountsFromTheNextWorkingDay() {
    // Thursday 13 March 2025.
    assertThat(calendar.dueAfterWorkingDays(at("2025-03-13T14:59"), 1))
        .isEqualTo(at("2025-03-14T17:00"));
    assertThat(calendar.dueAfterWorkingDays(at("2025-03-13T15:00"), 1))
        .isEqualTo(at("2025-03-14T17:00"));
    assertThat(calendar.dueAfterWorkingDays(at("2025-03-13T15:00:01"), 1))
        .isEqualTo(at("2025-03-17T17:00"));
    assertThat(calendar.dueAfterWorkingDays(at("2025-03-13T15:01"), 1))
        .isEqualTo(at("2025-03-17T17:00"));
  }

  @Test
  void theDayOfReceiptIsNotCounted() {
    assertThat(calendar.dueAfterWorkingDays(at("2025-03-10T08:00"), 1))
        .isEqualTo(at("2025-03-11T17:00"));
    assertThat(calendar.addWorkingDays(date("2025-03-10"), 1)).isEqualTo("2025-03-11");
  }

  @Test
  void theReceiptDayIsTheDateInVietnamNotInUtc() {
    // 20:00 UTC on Wednesday 12 March is 03:00 on Thursday 13 March in Vietnam.
    assertThat(calendar.effectiveReceiptDay(Instant.parse("2025-03-12T20:00:00Z")))
        .isEqualTo("2025-03-13");
  }

  @Test
  void aCalendarDayDeadlineFallingOnADayOffMovesToTheNextWorkingDay() {
    // Tuesday 10 February 2026 + 5 days = Sunday 15 February, inside the Tết break.
    assertThat(calendar.dueAfterDays(at("2026-02-10T10:00"), 5)).isEqualTo(at("2026-02-23T17:00"));
    assertThat(calendar.dueAfterDays(at("2026-03-02T10:00"), 3)).isEqualTo(at("2026-03-05T17:00"));
  }

  @Test
  void aSameDayLimitReceivedOnASaturdayIsDueOnMonday() {
    assertThat(calendar.dueAfterWorkingDays(at("2025-03-15T10:00"), 0))
        .isEqualTo(at("2025-03-17T17:00"));
  }

  @Test
  void aSameDayLimitReceivedBefore1500OnAWorkingDayIsDueThatDay() {
    assertThat(calendar.dueAfterWorkingDays(at("2025-03-13T09:00"), 0))
        .isEqualTo(at("2025-03-13T17:00"));
  }

  @Test
  void workingDaysBetweenCountsForwardsPositiveAndBackwardsNegative() {
    assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-25"))).isEqualTo(3);
    assertThat(calendar.workingDaysBetween(date("2026-02-25"), date("2026-02-13"))).isEqualTo(-3);
    assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-13"))).isZero();
    assertThat(calendar.workingDaysBetween(date("2026-02-14"), date("2026-02-22"))).isZero();
  }

  @Test
  void addWorkingDaysBackwardsLandsOnWorkingDaysOnly() {
    assertThat(calendar.addWorkingDays(date("2026-02-25"), -3)).isEqualTo("2026-02-13");
    assertThat(calendar.addWorkingDays(date("2026-02-18"), -1)).isEqualTo("2026-02-13");
    assertThat(calendar.addWorkingDays(date("2025-05-05"), -1)).isEqualTo("2025-04-29");
  }

  @Test
  void addingZeroWorkingDaysKeepsAWorkingDayAndMovesADayOffForward() {
    assertThat(calendar.addWorkingDays(date("2026-02-13"), 0)).isEqualTo("2026-02-13");
    assertThat(calendar.addWorkingDays(date("2026-02-14"), 0)).isEqualTo("2026-02-23");
  }

  @Test
  void aYearWithoutAFileFallsBackToTheComputedHolidays() {
    assertThat(calendar.daysOff(2031)).isEqualTo(StatutoryHolidays.of(2031));
    // Tết 2031 is Thursday 23 January: off Wednesday 22 – Sunday 26, compensated 27 and 28.
    assertThat(calendar.nextWorkingDay(date("2031-01-21"))).isEqualTo("2031-01-29");
  }

  @Test
  void daysOffOfAYearArePublishedOverComputedAndSorted() {
    var daysOff = calendar.daysOff(2025);

    assertThat(daysOff).extracting(Holiday::date).isSorted();
    assertThat(daysOff)
        .extracting(Holiday::date)
        .contains(date("2025-01-27"), date("2025-05-02"))
        .doesNotContain(date("2025-02-03"), date("2025-04-26"));
    assertThat(daysOff)
        .filteredOn(day -> day.date().equals(date("2025-05-02")))
        .extracting(Holiday::name)
        .singleElement()
        .asString()
        .contains("26 April");
  }

  @Test
  void endOfWorkingDayIsTheConfiguredTimeInTheConfiguredZone() {
    assertThat(calendar.zone()).isEqualTo(VIETNAM);
    assertThat(calendar.endOfWorkingDay(date("2026-02-25")))
        .isEqualTo(Instant.parse("2026-02-25T10:00:00Z"));
  }

  @Test
  void withoutConfigurationTheDefaultsAreThoseOfTheLaw() {
    new ApplicationContextRunner()
        .withUserConfiguration(Configured.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(CalendarProperties.class))
                  .isEqualTo(
                      new CalendarProperties(
                          "classpath:calendar/",
                          LocalTime.of(15, 0),
                          LocalTime.of(17, 0),
                          VIETNAM));
            });
  }

  @Test
  void propertiesAreBoundFromDvcCalendar() {
    new ApplicationContextRunner()
        .withUserConfiguration(Configured.class)
        .withPropertyValues(
            "dvc.calendar.location=classpath:calendar-fixtures/missing-current-year/",
            "dvc.calendar.cut-off=16:30",
            "dvc.calendar.end-of-working-day=17:30:00",
            "dvc.calendar.zone=UTC")
        .run(
            context ->
                assertThat(
                        context
                            .getBean(WorkingCalendar.class)
                            .effectiveReceiptDay(Instant.parse("2025-03-13T16:15:00Z")))
                    .isEqualTo("2025-03-13"));
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(CalendarProperties.class)
  @Import(WorkingCalendar.class)
  static class Configured {}

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(VIETNAM).toInstant();
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
