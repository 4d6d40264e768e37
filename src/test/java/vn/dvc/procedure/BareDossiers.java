package vn.dvc.procedure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.dossier.DossierFiled;

/**
 * Dossiers without a procedure behind them, for the tests that run the frame and the blocks on
 * their own: a row in the dossier table filed as the Dossier API files one (its SLA record opens),
 * and what those tests read back — the dossier's open task, its status, clock and due date.
 */
@Component
public class BareDossiers {

  public static final String COMMUNE = "01100";
  public static final String APPLICANT = "001090937233";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final TaskService tasks;

  BareDossiers(
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      TaskService tasks) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.events = events;
    this.tasks = tasks;
  }

  /** A dossier of {@code procedureKey} filed at {@link #COMMUNE}, whose clock takes its limit. */
  public String file(String procedureKey) {
    String id = "BD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Instant now = Instant.now();
    transaction.executeWithoutResult(
        status -> {
          jdbc.update(
              "insert into dossier (id, procedure_key, applicant_pin, commune_code, status,"
                  + " data_json, submitted_by, received_at, updated_at)"
                  + " values (?, ?, ?, ?, 'RECEIVED', '{}', 'bare-dossier', ?, ?)",
              id,
              procedureKey,
              APPLICANT,
              COMMUNE,
              Timestamp.from(now),
              Timestamp.from(now));
          events.publishEvent(new DossierFiled(id, procedureKey, COMMUNE, now));
        });
    return id;
  }

  /** The dossier's open task, other than the test caller's own {@code Task_Inspect}. */
  public Task task(String dossier) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(dossier)
        .initializeFormKeys()
        .list()
        .stream()
        .filter(t -> !"Task_Inspect".equals(t.getTaskDefinitionKey()))
        .findFirst()
        .orElseThrow();
  }

  public List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  public String status(String dossier) {
    return jdbc.queryForObject("select status from dossier where id = ?", String.class, dossier);
  }

  public String clock(String dossier) {
    return jdbc.queryForObject(
        "select clock_state from dossier_sla where dossier_id = ?", String.class, dossier);
  }

  public Date dueDate(String dossier) {
    return jdbc.queryForObject(
        "select due_date from dossier where id = ?", Timestamp.class, dossier);
  }
}
