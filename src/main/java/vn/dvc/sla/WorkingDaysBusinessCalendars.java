package vn.dvc.sla;

import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.dvc.calendar.WorkingCalendar;
import vn.dvc.time.EngineClock;

/**
 * Teaches the engine working days, so that a model can say {@code 2 working days} wherever it takes
 * a duration or a due date (timer durations and dates, user task due and follow-up dates). Counting
 * follows the deadline rules: the starting day is not counted, after 15:00 counts from the next
 * working day, and the result is the end of the working day. Anything else goes to Camunda's own
 * calendars unchanged. Camunda's business-calendar API is internal, so this is the only class that
 * touches it.
 */
@Component
class WorkingDaysBusinessCalendars extends AbstractProcessEnginePlugin {

  static final Pattern WORKING_DAYS =
      Pattern.compile("^\\s*(\\d{1,3})\\s+working\\s+days?\\s*$", Pattern.CASE_INSENSITIVE);

  private final WorkingCalendar calendar;

  WorkingDaysBusinessCalendars(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(
        DurationBusinessCalendar.NAME, new WithWorkingDays(new DurationBusinessCalendar()));
    calendars.addBusinessCalendar(
        DueDateBusinessCalendar.NAME, new WithWorkingDays(new DueDateBusinessCalendar()));
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(calendars);
  }

  /** The due date of "N working days" counted from {@code start}, or null if not that form. */
  Date resolve(String description, Date start) {
    Matcher matcher = WORKING_DAYS.matcher(description == null ? "" : description);
    if (!matcher.matches()) {
      return null;
    }
    Instant from = start == null ? EngineClock.now() : start.toInstant();
    return Date.from(calendar.dueAfterWorkingDays(from, Integer.parseInt(matcher.group(1))));
  }

  private final class WithWorkingDays implements BusinessCalendar {
    private final BusinessCalendar standard;

    WithWorkingDays(BusinessCalendar standard) {
      this.standard = standard;
    }

    @Override
    public Date resolveDuedate(String description) {
      return resolveDuedate(description, (Date) null);
    }

    @Override
    public Date resolveDuedate(String description, Date start) {
      Date workingDays = resolve(description, start);
      if (workingDays != null) {
        return workingDays;
      }
      return start == null
          ? standard.resolveDuedate(description)
          : standard.resolveDuedate(description, start);
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
      Date workingDays = resolve(description, task == null ? null : task.getCreateTime());
      return workingDays != null ? workingDays : standard.resolveDuedate(description, task);
    }
  }
}
