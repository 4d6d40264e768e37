package vn.dvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Holiday files are edited by administrators; a malformed one stops the start with a message naming
 * the file, the entry and the problem, instead of silently moving deadlines.
 */
@ExtendWith(OutputCaptureExtension.class)
class CalendarOverrideFileTest {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
not-json | holidays-2025.json | not valid JSON | line
year-mismatch | holidays-2025.json | "year" is 2024 | file name says 2025
date-outside-year | holidays-2025.json | daysOff entry 2 | not in 2025
invalid-date | holidays-2025.json | daysOff entry 1 | "2025-02-30" is not a valid date
off-and-working | holidays-2025.json | workingDays entry 1 | also in daysOff (entry 2)
duplicate | holidays-2025.json | daysOff entry 2 | listed twice in daysOff (also entry 1)
blank-name | holidays-2025.json | workingDays entry 1 | "name" must be non-blank
already-working | holidays-2025.json | workingDays entry 2 | MONDAY that is not a statutory holiday
unknown-field | holidays-2025.json | unknown field "workingdays" | the fields are
misnamed-file | holidays-25.json | holidays-<year>.json | four-digit year
""")
  void aMalformedFileIsRefusedNamingTheFileTheEntryAndTheProblem(
      String fixture, String file, String entry, String problem) {
    assertThatThrownBy(() -> calendarOf(fixture))
        .isInstanceOf(CalendarException.class)
        .hasMessageContaining("classpath:calendar-fixtures/" + fixture + "/" + file + ": ")
        .hasMessageContaining(entry)
        .hasMessageContaining(problem);
  }

  @Test
  void theMessageShowsTheOffendingEntryAsWritten() {
    assertThatThrownBy(() -> calendarOf("already-working"))
        .hasMessageContaining(
            "{\"date\":\"2025-05-05\",\"name\":\"Monday after the long weekend\"}");
  }

  @Test
  void aMissingFileForTheCurrentYearOnlyLogsAWarning(CapturedOutput output) {
    int currentYear = LocalDate.now(VIETNAM).getYear();

    WorkingCalendar calendar = calendarOf("missing-current-year");

    assertThat(calendar.daysOff(currentYear)).isEqualTo(StatutoryHolidays.of(currentYear));
    assertThat(output)
        .contains("WARN")
        .contains("no published holiday schedule for " + currentYear)
        .contains("classpath:calendar-fixtures/missing-current-year/")
        .contains("using the computed statutory holidays");
  }

  @Test
  void aLocationThatDoesNotExistYetUsesTheComputedHolidays(CapturedOutput output) {
    WorkingCalendar calendar = calendarOf("no-such-folder");

    assertThat(calendar.daysOff(2025)).isEqualTo(StatutoryHolidays.of(2025));
    assertThat(output).contains("classpath:calendar-fixtures/no-such-folder/ does not exist");
  }

  @Test
  void aFileSystemLocationThatDoesNotExistYetUsesTheComputedHolidays(@TempDir Path folder) {
    WorkingCalendar calendar =
        new WorkingCalendar(
            new CalendarProperties(
                folder.resolve("not-created").toUri().toString(),
                LocalTime.of(15, 0),
                LocalTime.of(17, 0),
                VIETNAM));

    assertThat(calendar.daysOff(2025)).isEqualTo(StatutoryHolidays.of(2025));
  }

  @Test
  void aFileSystemLocationIsReadLikeTheClasspath(@TempDir Path folder) throws IOException {
    Files.writeString(
        folder.resolve("holidays-2027.json"),
        """
        {"year": 2027, "source": "test",
         "daysOff": [{"date": "2027-02-12", "name": "Extra Tết day"}],
         "workingDays": [{"date": "2027-02-20", "name": "Saturday worked for 12 February"}]}
        """);
    WorkingCalendar calendar =
        new WorkingCalendar(
            new CalendarProperties(
                folder.toUri().toString(), LocalTime.of(15, 0), LocalTime.of(17, 0), VIETNAM));

    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-12"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-20"))).isTrue();
  }

  private static WorkingCalendar calendarOf(String fixture) {
    return new WorkingCalendar(
        new CalendarProperties(
            "classpath:calendar-fixtures/" + fixture + "/",
            LocalTime.of(15, 0),
            LocalTime.of(17, 0),
            VIETNAM));
  }
}
