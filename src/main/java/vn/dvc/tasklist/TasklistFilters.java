package vn.dvc.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The shared filters every officer finds in Tasklist, created once by name. Each filter is scoped
 * by the signed-in user's own groups ({@code ${currentUserGroups()}}), so one set serves every
 * commune's officers and chairs instead of one copy per group, and each lists soonest due first
 * with the dossier's columns.
 */
@Component
class TasklistFilters implements InitializingBean {

  static final String MY_GROUPS_TASKS = "My groups' tasks";
  static final String DUE_TODAY = "Due today";
  static final String OVERDUE = "Overdue";
  static final String WAITING_FOR_MY_SIGNATURE = "Waiting for my signature";
  static final String DATA_ISSUES_TO_VERIFY = "Data issues to verify";

  /** Signing tasks follow the naming convention Task_Sign…, whatever the procedure. */
  static final String SIGNING_TASKS = "Task_Sign%";

  private static final List<Map<String, String>> COLUMNS =
      List.of(
          Map.of("name", "dossierId", "label", "Dossier"),
          Map.of("name", "procedureKey", "label", "Procedure"),
          Map.of("name", "communeCode", "label", "Commune"));

  private final FilterService filters;
  private final TaskService tasks;

  TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void afterPropertiesSet() {
    Map<String, UnaryOperator<TaskQuery>> definitions = new LinkedHashMap<>();
    definitions.put(
        DUE_TODAY,
        q -> q.dueBeforeExpression("${dateTime().plusDays(1).withTimeAtStartOfDay().toDate()}"));
    definitions.put(OVERDUE, q -> q.dueBeforeExpression("${now()}"));
    definitions.put(WAITING_FOR_MY_SIGNATURE, q -> q.taskDefinitionKeyLike(SIGNING_TASKS));
    definitions.put(
        DATA_ISSUES_TO_VERIFY, q -> q.processVariableValueGreaterThan("dataIssueCount", 0));
    definitions.put(MY_GROUPS_TASKS, q -> q);
    int priority = -20;
    for (var definition : definitions.entrySet()) {
      ensure(definition.getKey(), priority++, definition.getValue());
    }
  }

  /**
   * Creates the filter, or brings an existing one up to date (a release may change its query or
   * columns); an unchanged filter is not written.
   */
  private void ensure(String name, int priority, UnaryOperator<TaskQuery> restriction) {
    TaskQuery query =
        restriction
            .apply(
                tasks
                    .createTaskQuery()
                    .taskCandidateGroupInExpression("${currentUserGroups()}")
                    .includeAssignedTasks())
            .orderByDueDate()
            .asc();
    Map<String, Object> properties =
        Map.of(
            "description", name,
            "priority", priority,
            "refresh", true,
            "variables", COLUMNS);
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null && properties.equals(existing.getProperties())) {
      return;
    }
    Filter filter = existing != null ? existing : filters.newTaskFilter(name);
    filters.saveFilter(filter.setQuery(query).setProperties(new java.util.HashMap<>(properties)));
  }
}
