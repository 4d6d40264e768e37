package vn.dvc.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.dvc.calendar.CalendarProperties;
import vn.dvc.calendar.WorkingCalendar;
import vn.dvc.catalogue.Procedure.TimeLimit;
import vn.dvc.catalogue.Procedure.TimeLimitUnit;

/** A procedure's limit on the Vietnamese calendar (times below are UTC; Vietnam is UTC+7). */
class DeadlinesTest {

  private static final TimeLimit THREE_WORKING_DAYS =
      new TimeLimit(3, TimeLimitUnit.WORKING_DAYS, null, false);

  private final Deadlines deadlines =
      new Deadlines(
          new WorkingCalendar(
              new CalendarProperties(
                  "classpath:calendar/",
                  LocalTime.of(15, 0),
                  LocalTime.of(17, 0),
                  ZoneId.of("Asia/Ho_Chi_Minh"))));

  @Test
  void resumesAThreeWorkingDayLimitWithTheTimeThatRemainedWhenPaused() {
    // Complete on Monday 2 March 2026, 09:00: due Thursday 5 March, 17:00.
    Instant due = deadlines.due(Instant.parse("2026-03-02T02:00:00Z"), THREE_WORKING_DAYS);
    assertThat(due).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));

    // Paused on Tuesday at 10:00: Wednesday and Thursday remain.
    int remaining =
        deadlines.remaining(Instant.parse("2026-03-03T03:00:00Z"), due, THREE_WORKING_DAYS);
    assertThat(remaining).isEqualTo(2);

    // Resumed the next Monday at 10:00: two working days from then, Wednesday 11 March.
    assertThat(deadlines.due(Instant.parse("2026-03-09T03:00:00Z"), THREE_WORKING_DAYS, remaining))
        .isEqualTo(Instant.parse("2026-03-11T10:00:00Z"));
    // Four working days passed while paused (Wednesday to Monday).
    assertThat(
            deadlines.workingDaysBetween(
                Instant.parse("2026-03-03T03:00:00Z"), Instant.parse("2026-03-09T03:00:00Z")))
        .isEqualTo(4);
  }

  @Test
  void aTasksShareEndsBeforeTheDossierButNeverBeforeTodayOrAfterTheDossier() {
    Instant due = Instant.parse("2026-03-05T10:00:00Z");
    Instant monday = Instant.parse("2026-03-02T02:00:00Z");

    assertThat(deadlines.workingDaysBefore(due, 1, monday))
        .isEqualTo(Instant.parse("2026-03-04T10:00:00Z"));
    assertThat(deadlines.workingDaysBefore(due, 5, monday))
        .isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    // Created when the dossier is already overdue: due when the dossier was.
    assertThat(deadlines.workingDaysBefore(due, 1, Instant.parse("2026-03-10T02:00:00Z")))
        .isEqualTo(due);
  }

  @Test
  void nothingRemainsOnceTheDeadlinePassed() {
    Instant due = Instant.parse("2026-03-05T10:00:00Z");

    assertThat(deadlines.remaining(Instant.parse("2026-03-09T03:00:00Z"), due, THREE_WORKING_DAYS))
        .isZero();
  }

  @Test
  void dueSoonStartsAtTheBeginningOfTheWorkingDayBeforeTheDueDay() {
    // Due Monday 23 February 2026 (after Tết): the working day before is Friday 13 February.
    assertThat(deadlines.dueSoonFrom(Instant.parse("2026-02-23T10:00:00Z"), 1))
        .isEqualTo(Instant.parse("2026-02-12T17:00:00Z"));
    // On Friday 13 February the horizon is the end of Monday 23 February.
    assertThat(deadlines.dueSoonHorizon(Instant.parse("2026-02-13T03:00:00Z"), 1))
        .isEqualTo(Instant.parse("2026-02-23T10:00:00Z"));
  }
}
