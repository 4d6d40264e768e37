package vn.dvc.sla;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.catalogue.Procedure.TimeLimit;
import vn.dvc.catalogue.Procedure.TimeLimitUnit;
import vn.dvc.catalogue.ProcedureCatalogue;
import vn.dvc.dossier.DossierFiled;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.dossier.DossierStatusChanged;
import vn.dvc.time.EngineClock;

/**
 * The working-day clock of each dossier, driven from the models so that an analyst sees where it
 * starts and stops: the frame {@code handle-dossier} starts it when the dossier is complete (or
 * complete again, {@code ${dossierClock.startHandling(execution)}}), {@code
 * ${dossierClock.pause(execution)}} stops it while the citizen supplements. Due dates of tasks and
 * timers come from here, and so from the procedure catalogue — never from literals in the models.
 */
@Component("dossierClock")
public class DossierClock {

  private static final Logger log = LoggerFactory.getLogger(DossierClock.class);

  /** Set by the frame for a part of an interlinked dossier: its share of the time limit. */
  public static final VariableFactory<Integer> PART_WORKING_DAYS = intVariable("partWorkingDays");

  private static final VariableFactory<Date> PART_DUE_DATE = dateVariable("partDueDate");

  private final SlaRepository slas;
  private final DossierRepository dossiers;
  private final ProcedureCatalogue catalogue;
  private final AdministrativeUnits units;
  private final Deadlines deadlines;
  private final SlaProperties properties;

  DossierClock(
      SlaRepository slas,
      DossierRepository dossiers,
      ProcedureCatalogue catalogue,
      AdministrativeUnits units,
      Deadlines deadlines,
      SlaProperties properties) {
    this.slas = slas;
    this.dossiers = dossiers;
    this.catalogue = catalogue;
    this.units = units;
    this.deadlines = deadlines;
    this.properties = properties;
  }

  @EventListener
  void on(DossierFiled filed) {
    String province =
        units
            .commune(filed.communeCode())
            .map(Commune::provinceCode)
            .orElseThrow(() -> new IllegalStateException("Unknown commune " + filed.communeCode()));
    slas.open(filed.dossierId(), filed.procedureKey(), filed.communeCode(), province);
  }

  @EventListener
  void on(DossierStatusChanged changed) {
    if (!changed.status().isFinal()) {
      return;
    }
    DossierSla sla = sla(changed.dossierId());
    // Only a running clock has a deadline to meet; a dossier never completed, or abandoned while
    // the citizen was supplementing it, counts neither on time nor late.
    if (sla.clockState() != ClockState.RUNNING) {
      slas.finish(sla.dossierId(), changed.at(), null, null);
      return;
    }
    boolean onTime = !changed.at().isAfter(sla.dueDate());
    int processing =
        deadlines.workingDaysBetween(sla.startedAt(), changed.at()) - sla.pausedWorkingDays();
    slas.finish(sla.dossierId(), changed.at(), onTime, Math.max(processing, 0));
  }

  /** Starts the clock with the full time limit, or resumes it with the time that remained. */
  private void start(DelegateExecution execution) {
    String dossierId = execution.getProcessBusinessKey();
    DossierSla sla = sla(dossierId);
    TimeLimit limit = limitOf(sla);
    Instant now = EngineClock.now();
    switch (sla.clockState()) {
      case NOT_STARTED -> {
        Instant due = deadlines.due(now, limit);
        slas.run(dossierId, now, due, 0);
        dossiers.setDueDate(dossierId, due);
        dossiers.addEvent(dossierId, "CLOCK_STARTED", "Complete; due " + due);
        log.info("Clock started, due {}", due);
      }
      case PAUSED -> {
        Instant due = deadlines.due(now, limit, sla.remainingAmount());
        int paused = sla.pausedWorkingDays() + deadlines.workingDaysBetween(sla.pausedAt(), now);
        slas.run(dossierId, sla.startedAt(), due, paused);
        dossiers.setDueDate(dossierId, due);
        dossiers.addEvent(dossierId, "CLOCK_RESUMED", "Supplemented; due " + due);
        log.info("Clock resumed, due {}", due);
      }
      case RUNNING -> {
        // Already running: entering the processing part again (e.g. returned by the chair).
      }
      case STOPPED -> throw new IllegalStateException("Dossier " + dossierId + " is finished");
    }
  }

  /**
   * Entering the frame's processing: starts or resumes the dossier's clock and, for a part of an
   * interlinked dossier with its own share of the time limit ({@code partWorkingDays}, set by the
   * frame from the procedure's descriptor), fixes the part's due date the first time the part
   * enters processing. The frame's timers and task due dates then follow the part's due date.
   */
  public void startHandling(DelegateExecution execution) {
    start(execution);
    Integer workingDays = PART_WORKING_DAYS.from(execution).getOrNull();
    if (workingDays != null && PART_DUE_DATE.from(execution).getOrNull() == null) {
      TimeLimit share = new TimeLimit(workingDays, TimeLimitUnit.WORKING_DAYS, null, false);
      PART_DUE_DATE.on(execution).set(Date.from(deadlines.due(EngineClock.now(), share)));
    }
  }

  /** The due date of the work the frame handles: the part's when it has one, else the dossier's. */
  public Date handlingDueDate(DelegateExecution execution) {
    Date part = partDueDate(execution);
    return part != null ? part : dueDate(execution);
  }

  /** When the work the frame handles becomes due soon (see {@link #handlingDueDate}). */
  public Date handlingDueSoonAt(DelegateExecution execution) {
    Date part = partDueDate(execution);
    return part != null
        ? Date.from(deadlines.dueSoonFrom(part.toInstant(), properties.dueSoonWorkingDays()))
        : dueSoonAt(execution);
  }

  /** A task's share of the work the frame handles: due this many working days before it. */
  public Date handlingDueWorkingDaysBefore(DelegateExecution execution, int workingDays) {
    Date part = partDueDate(execution);
    return part != null
        ? Date.from(deadlines.workingDaysBefore(part.toInstant(), workingDays, EngineClock.now()))
        : dueWorkingDaysBefore(execution, workingDays);
  }

  private static Date partDueDate(DelegateExecution execution) {
    return PART_DUE_DATE.from(execution).getOrNull();
  }

  /** Stops the clock while the citizen supplements the dossier, keeping the remaining time. */
  public void pause(DelegateExecution execution) {
    String dossierId = execution.getProcessBusinessKey();
    DossierSla sla = sla(dossierId);
    if (sla.clockState() != ClockState.RUNNING) {
      return;
    }
    Instant now = EngineClock.now();
    int remaining = deadlines.remaining(now, sla.dueDate(), limitOf(sla));
    slas.pause(dossierId, now, remaining);
    dossiers.addEvent(dossierId, "CLOCK_PAUSED", "Waiting for the citizen; " + remaining + " left");
  }

  /** The dossier's due date, for the last task before the decision and the overdue timer. */
  private Date dueDate(DelegateExecution execution) {
    return Date.from(running(execution).dueDate());
  }

  /** A task's share of the limit: due this many working days before the dossier. */
  private Date dueWorkingDaysBefore(DelegateExecution execution, int workingDays) {
    DossierSla sla = running(execution);
    return Date.from(deadlines.workingDaysBefore(sla.dueDate(), workingDays, EngineClock.now()));
  }

  /** When the dossier becomes due soon, for the warning timer. */
  private Date dueSoonAt(DelegateExecution execution) {
    return Date.from(
        deadlines.dueSoonFrom(running(execution).dueDate(), properties.dueSoonWorkingDays()));
  }

  private DossierSla running(DelegateExecution execution) {
    DossierSla sla = sla(execution.getProcessBusinessKey());
    if (sla.clockState() != ClockState.RUNNING) {
      throw new IllegalStateException(
          "The dossier's clock is "
              + sla.clockState()
              + ": a due date needs ${dossierClock.startHandling(execution)} earlier in the model");
    }
    return sla;
  }

  private DossierSla sla(String dossierId) {
    return slas.find(dossierId)
        .orElseThrow(() -> new IllegalStateException("No SLA record for dossier " + dossierId));
  }

  private TimeLimit limitOf(DossierSla sla) {
    return catalogue
        .find(sla.procedureKey())
        .orElseThrow(() -> new IllegalStateException("Unknown procedure " + sla.procedureKey()))
        .timeLimit();
  }
}
