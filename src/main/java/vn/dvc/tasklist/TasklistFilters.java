package vn.dvc.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows no task list until a filter exists. "My groups' tasks" lists what the signed-in
 * officer's groups may claim, plus what they hold, soonest due first. Created once, by name.
 */
@Component
class TasklistFilters implements InitializingBean {

  static final String MY_GROUPS_TASKS = "My groups' tasks";

  private final FilterService filters;
  private final TaskService tasks;

  TasklistFilters(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void afterPropertiesSet() {
    if (filters.createFilterQuery().filterName(MY_GROUPS_TASKS).count() > 0) {
      return;
    }
    TaskQuery query =
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate()
            .asc();
    Filter filter =
        filters
            .newTaskFilter(MY_GROUPS_TASKS)
            .setQuery(query)
            .setProperties(
                Map.of(
                    "description",
                    "Tasks of my commune's groups",
                    "priority",
                    -10,
                    "refresh",
                    true));
    filters.saveFilter(filter);
  }
}
