package vn.dvc.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import vn.dvc.calendar.WorkingCalendar;
import vn.dvc.catalogue.Procedure.TimeLimit;
import vn.dvc.catalogue.Procedure.TimeLimitUnit;

/**
 * A procedure's time limit applied to the calendar: when it ends if counted from a moment, how much
 * of it remains at a moment, and how much of it a stretch of time used. "Immediate" counts as the
 * same working day (after 15:00, the next), since nobody can be late by the second.
 */
@Component
class Deadlines {

  private final WorkingCalendar calendar;

  Deadlines(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  Instant due(Instant from, TimeLimit limit, int amount) {
    return switch (limit.unit()) {
      case WORKING_DAYS, IMMEDIATE -> calendar.dueAfterWorkingDays(from, amount);
      case DAYS -> calendar.dueAfterDays(from, amount);
      case HOURS -> from.plus(Duration.ofMinutes(amount));
    };
  }

  Instant due(Instant from, TimeLimit limit) {
    return due(from, limit, initialAmount(limit));
  }

  /** In the unit's own measure: working days, calendar days, or minutes for HOURS. */
  int initialAmount(TimeLimit limit) {
    return limit.unit() == TimeLimitUnit.HOURS ? limit.amount() * 60 : limit.amount();
  }

  /** What is left of the limit at {@code at}, counted as {@link #due} counts it; never negative. */
  int remaining(Instant at, Instant due, TimeLimit limit) {
    int left =
        switch (limit.unit()) {
          case WORKING_DAYS, IMMEDIATE ->
              calendar.workingDaysBetween(calendar.effectiveReceiptDay(at), day(due));
          case DAYS -> (int) ChronoUnit.DAYS.between(day(at), day(due));
          case HOURS -> (int) Duration.between(at, due).toMinutes();
        };
    return Math.max(left, 0);
  }

  /** Working days from one moment to another, each taken as the day it counts from. */
  int workingDaysBetween(Instant from, Instant to) {
    return calendar.workingDaysBetween(
        calendar.effectiveReceiptDay(from), calendar.effectiveReceiptDay(to));
  }

  /**
   * The due moment moved back by whole working days, never before {@code notBefore}'s day and never
   * after the due moment itself (a task of an overdue dossier is overdue too).
   */
  Instant workingDaysBefore(Instant due, int days, Instant notBefore) {
    LocalDate dueDay = day(due);
    LocalDate day = calendar.addWorkingDays(dueDay, -days);
    LocalDate earliest = calendar.effectiveReceiptDay(notBefore);
    if (day.isBefore(earliest)) {
      day = earliest;
    }
    return day.isBefore(dueDay) ? calendar.endOfWorkingDay(day) : due;
  }

  /**
   * "Due soon" means due by the end of the {@code workingDays}-th working day after today. So a
   * dossier becomes due soon at the start of that many working days before its due day, and the
   * warning timer and the KPI agree on which dossiers are due soon.
   */
  Instant dueSoonFrom(Instant due, int workingDays) {
    return calendar
        .addWorkingDays(day(due), -workingDays)
        .atStartOfDay(calendar.zone())
        .toInstant();
  }

  Instant dueSoonHorizon(Instant now, int workingDays) {
    return calendar.endOfWorkingDay(calendar.addWorkingDays(day(now), workingDays));
  }

  private LocalDate day(Instant instant) {
    return instant.atZone(calendar.zone()).toLocalDate();
  }
}
