package vn.dvc.tasklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The shared filters every officer finds in Tasklist, in Vietnamese. Each filter is scoped by the
 * signed-in user's own groups ({@code ${currentUserGroups()}}), so one set serves every commune's
 * officers and chairs instead of one copy per group, and each lists soonest due first with the
 * dossier's columns.
 *
 * <p>A database from before the filters were Vietnamese holds them under their English names: those
 * are renamed in place, keeping the filter id, because Tasklist remembers an officer's chosen
 * filter by its id. Runs at every start and writes only what differs; nodes starting together on
 * one database run it one after another under {@code vn.dvc.database.StartupLock}.
 */
@Component
class TasklistFilters implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

  static final String MY_GROUPS_TASKS = "Việc của nhóm tôi";
  static final String DUE_TODAY = "Đến hạn hôm nay";
  static final String OVERDUE = "Quá hạn";
  static final String WAITING_FOR_MY_SIGNATURE = "Chờ ký";
  static final String DATA_ISSUES_TO_VERIFY = "Dữ liệu cần xác minh";

  /** Signing tasks follow the naming convention Task_Sign…, whatever the procedure. */
  static final String SIGNING_TASKS = "Task_Sign%";

  static final List<Map<String, String>> COLUMNS =
      List.of(
          Map.of("name", "dossierId", "label", "Mã hồ sơ"),
          Map.of("name", "procedureKey", "label", "Thủ tục"),
          Map.of("name", "communeCode", "label", "Xã, phường"));

  /**
   * One shared filter: its Vietnamese name, the English name it had before (renamed in place), what
   * Tasklist shows under the name, and what it adds to the group-scoped query.
   */
  record Definition(
      String name, String formerName, String description, UnaryOperator<TaskQuery> restriction) {}

  /** In the order Tasklist lists them (by priority). */
  static final List<Definition> DEFINITIONS =
      List.of(
          new Definition(
              DUE_TODAY,
              "Due today",
              "Việc của nhóm tôi phải xong trong hôm nay hoặc đã quá hạn",
              q ->
                  q.dueBeforeExpression(
                      "${dateTime().plusDays(1).withTimeAtStartOfDay().toDate()}")),
          new Definition(
              OVERDUE,
              "Overdue",
              "Việc của nhóm tôi đã quá hạn xử lý",
              q -> q.dueBeforeExpression("${now()}")),
          new Definition(
              WAITING_FOR_MY_SIGNATURE,
              "Waiting for my signature",
              "Hồ sơ đã được xem xét, chờ lãnh đạo ký duyệt",
              q -> q.taskDefinitionKeyLike(SIGNING_TASKS)),
          new Definition(
              DATA_ISSUES_TO_VERIFY,
              "Data issues to verify",
              "Hồ sơ có sai lệch dữ liệu giữa các cơ sở dữ liệu cần xác minh",
              q -> q.processVariableValueGreaterThan("dataIssueCount", 0)),
          new Definition(
              MY_GROUPS_TASKS,
              "My groups' tasks",
              "Mọi việc của nhóm tôi, việc đến hạn sớm nhất trước",
              q -> q));

  private final FilterService filters;
  private final TaskService tasks;

  TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void afterPropertiesSet() {
    int priority = -20;
    for (Definition definition : DEFINITIONS) {
      ensure(definition, priority++);
    }
  }

  /**
   * Creates the filter, or brings an existing one (by its name, else by its former English name) up
   * to date: a release may change its name, query or columns. An unchanged filter is not written.
   */
  private void ensure(Definition definition, int priority) {
    TaskQuery query =
        definition
            .restriction()
            .apply(
                tasks
                    .createTaskQuery()
                    .taskCandidateGroupInExpression("${currentUserGroups()}")
                    .includeAssignedTasks())
            .orderByDueDate()
            .asc();
    Map<String, Object> properties =
        Map.of(
            "description",
            definition.description(),
            "priority",
            priority,
            "refresh",
            true,
            "variables",
            COLUMNS);
    Filter existing = named(definition.name());
    Filter former = named(definition.formerName());
    if (existing == null && former != null) {
      log.info(
          "Renaming the Tasklist filter \"{}\" to \"{}\" (id {} kept)",
          definition.formerName(),
          definition.name(),
          former.getId());
      existing = former;
    } else if (existing != null && former != null) {
      // Both present (e.g. restored from an old backup next to a new one): the former is a
      // duplicate an officer would see twice.
      log.warn(
          "Deleting the Tasklist filter \"{}\" (id {}): \"{}\" replaces it",
          definition.formerName(),
          former.getId(),
          definition.name());
      filters.deleteFilter(former.getId());
    }
    if (existing != null
        && definition.name().equals(existing.getName())
        && properties.equals(existing.getProperties())) {
      return;
    }
    Filter filter = existing != null ? existing : filters.newTaskFilter(definition.name());
    filters.saveFilter(
        filter.setName(definition.name()).setQuery(query).setProperties(new HashMap<>(properties)));
  }

  private Filter named(String name) {
    List<Filter> found = filters.createFilterQuery().filterName(name).list();
    return found.isEmpty() ? null : found.get(0);
  }
}
