package vn.dvc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierFixtures;

/** The shared Tasklist filters, run as the signed-in officer the way Tasklist runs them. */
@DvcSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFiltersTest {

  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ApplicationContext context;

  String dossier;

  @BeforeAll
  void fileADossierWithADataIssue() {
    // The mother's marriage was never digitised: complete at once, with a data issue to verify.
    ObjectNode data = new DossierFixtures(context).object();
    data.putObject("child")
        .put("fullName", "Phạm Lọc Thử")
        .put("gender", "MALE")
        .put("dateOfBirth", "2026-09-28")
        .put("placeOfBirth", "Trạm y tế");
    data.put("otherParentPin", "040094531489");
    data.put("birthCertificateNo", "CS-2026-000001");
    dossier = new DossierFixtures(context).file("birth-registration", "004197946583", data);
  }

  @AfterEach
  void signOut() {
    identity.clearAuthentication();
  }

  @Test
  void createsTheSharedFiltersOnceEach() {
    assertThat(filters.createFilterQuery().list().stream().map(Filter::getName))
        .containsOnlyOnce(
            TasklistFilters.DUE_TODAY,
            TasklistFilters.OVERDUE,
            TasklistFilters.WAITING_FOR_MY_SIGNATURE,
            TasklistFilters.DATA_ISSUES_TO_VERIFY,
            TasklistFilters.MY_GROUPS_TASKS);
  }

  @Test
  void namesTheFiltersTheirDescriptionsAndColumnsInVietnamese() {
    Filter overdue = filters.createFilterQuery().filterName("Quá hạn").singleResult();
    assertThat(overdue.getProperties())
        .containsEntry("description", "Việc của nhóm tôi đã quá hạn xử lý")
        .containsEntry(
            "variables",
            List.of(
                Map.of("name", "dossierId", "label", "Mã hồ sơ"),
                Map.of("name", "procedureKey", "label", "Thủ tục"),
                Map.of("name", "communeCode", "label", "Xã, phường")));
    assertThat(filters.createFilterQuery().list().stream().map(Filter::getName))
        .contains(
            "Việc của nhóm tôi", "Đến hạn hôm nay", "Quá hạn", "Chờ ký", "Dữ liệu cần xác minh")
        .doesNotContain(
            "My groups' tasks",
            "Due today",
            "Overdue",
            "Waiting for my signature",
            "Data issues to verify");
  }

  @Test
  void renamesTheEnglishFiltersOfAnOlderDatabaseInPlaceOnceAtEveryStart() {
    // A database from before: the filters under their English names, with English columns.
    Map<String, String> former = new java.util.LinkedHashMap<>();
    for (TasklistFilters.Definition definition : TasklistFilters.DEFINITIONS) {
      filters.deleteFilter(
          filters.createFilterQuery().filterName(definition.name()).singleResult().getId());
      Filter old =
          filters
              .newTaskFilter(definition.formerName())
              .setQuery(
                  tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"))
              .setProperties(
                  new java.util.HashMap<>(
                      Map.of(
                          "description", definition.formerName(),
                          "priority", 0,
                          "variables", List.of(Map.of("name", "dossierId", "label", "Dossier")))));
      former.put(definition.name(), filters.saveFilter(old).getId());
    }

    // Two starts, as after an upgrade and any later restart.
    new TasklistFilters(filters, tasks).afterPropertiesSet();
    new TasklistFilters(filters, tasks).afterPropertiesSet();

    for (var renamed : former.entrySet()) {
      Filter filter = filters.getFilter(renamed.getValue());
      assertThat(filter.getName()).isEqualTo(renamed.getKey());
      assertThat(filter.getProperties().get("variables")).isEqualTo(TasklistFilters.COLUMNS);
      assertThat(filters.createFilterQuery().filterName(renamed.getKey()).count()).isOne();
    }
    assertThat(filters.createFilterQuery().list().stream().map(Filter::getName))
        .doesNotContain(
            "My groups' tasks",
            "Due today",
            "Overdue",
            "Waiting for my signature",
            "Data issues to verify");
    // The renamed filters still find the officer's task.
    assertThat(
            run(TasklistFilters.DATA_ISSUES_TO_VERIFY, "officer.x", "commune-40163-civil-status"))
        .hasSize(1);
  }

  @Test
  void leavesAnUpToDateFilterUnwrittenAndDropsAStaleEnglishDuplicate() {
    Filter due = filters.createFilterQuery().filterName(TasklistFilters.DUE_TODAY).singleResult();
    filters.saveFilter(
        filters
            .newTaskFilter("Due today")
            .setQuery(tasks.createTaskQuery())
            .setProperties(new java.util.HashMap<>(Map.of("description", "Due today"))));

    new TasklistFilters(filters, tasks).afterPropertiesSet();

    assertThat(filters.createFilterQuery().filterName("Due today").count()).isZero();
    Filter after = filters.createFilterQuery().filterName(TasklistFilters.DUE_TODAY).singleResult();
    assertThat(after.getId()).isEqualTo(due.getId());
  }

  @Test
  void showsTheOfficerTheirCommunesDossierWithItsCodeAndApplicantInTheName() {
    List<Task> mine =
        run(TasklistFilters.MY_GROUPS_TASKS, "officer.x", "commune-40163-civil-status");

    Task review = only(mine);
    assertThat(review.getName())
        .startsWith("Xem xét hồ sơ đăng ký khai sinh · " + dossier + " · ")
        .doesNotEndWith(" · ");
    assertThat(review.getDescription())
        .contains(dossier)
        .contains("sai lệch dữ liệu cần xác minh")
        .contains("Xem xét thông tin lấy từ các cơ sở dữ liệu")
        .contains(
            "Hạn xử lý: "
                + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                    .withZone(vn.dvc.time.EngineClock.VIETNAM)
                    .format(review.getDueDate().toInstant()));
    assertThat(vn.dvc.VietnameseText.problem(review.getDescription())).isNull();
  }

  @Test
  void listsTheTaskUnderDataIssuesToVerifyButNotForAnotherCommune() {
    assertThat(
            only(
                run(
                    TasklistFilters.DATA_ISSUES_TO_VERIFY,
                    "officer.x",
                    "commune-40163-civil-status")))
        .isNotNull();
    assertThat(run(TasklistFilters.MY_GROUPS_TASKS, "officer.y", "commune-01100-civil-status"))
        .noneMatch(t -> t.getName().contains(dossier));
  }

  @Test
  void keepsTheOfficersTaskOutOfTheChairsSignatureFilter() {
    assertThat(run(TasklistFilters.WAITING_FOR_MY_SIGNATURE, "chair.x", "commune-40163-chair"))
        .noneMatch(t -> t.getName().contains(dossier));
    assertThat(
            run(
                TasklistFilters.WAITING_FOR_MY_SIGNATURE,
                "officer.x",
                "commune-40163-civil-status"))
        .noneMatch(t -> t.getName().contains(dossier));
  }

  private List<Task> run(String filterName, String user, String group) {
    // As the webapps sign a user in: with the province tenants of their groups.
    List<String> tenants =
        identity.createTenantQuery().groupMember(group).list().stream()
            .map(org.camunda.bpm.engine.identity.Tenant::getId)
            .toList();
    identity.setAuthentication(user, List.of(group), tenants);
    Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
    List<Task> tasks = filters.list(filter.getId());
    return tasks.stream().filter(t -> t.getName().contains(dossier)).toList();
  }

  private static Task only(List<Task> tasks) {
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }
}
