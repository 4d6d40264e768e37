package vn.dvc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.VietnameseText;
import vn.dvc.catalogue.Procedure;
import vn.dvc.catalogue.ProcedureCatalogue;

/**
 * Every user task of every deployed process reaches Tasklist with a Vietnamese name and a
 * Vietnamese description of what to do: the names written in the diagrams, the descriptor's task
 * names the frame's listeners and {@code ${verificationTaskName}} put in their place, and the to-do
 * sentence of each task's description.
 */
@DvcSpringBootTest
class TaskNamesTest {

  @Autowired RepositoryService repository;
  @Autowired ProcedureCatalogue catalogue;

  @Test
  void everyUserTaskOfEveryDeployedProcessIsNamedAndDescribedInVietnamese() {
    List<String> problems = new ArrayList<>();
    List<ProcessDefinition> definitions =
        repository.createProcessDefinitionQuery().latestVersion().list();
    int userTasks = 0;
    for (ProcessDefinition definition : definitions) {
      for (UserTask task :
          repository
              .getBpmnModelInstance(definition.getId())
              .getModelElementsByType(UserTask.class)) {
        userTasks++;
        String where = definition.getKey() + "/" + task.getId();
        String name = task.getName();
        if (name == null || name.isBlank()) {
          problems.add(where + " has no name");
        } else if (!name.startsWith("${")) {
          check(where + " name \"" + name + "\"", name, problems);
        }
        String todo = TaskTexts.todo(task.getId());
        if (TaskTexts.GENERIC_INSTRUCTION.equals(todo)) {
          problems.add(where + " has no to-do sentence of its own in TaskTexts");
        }
        check(where + " to-do \"" + todo + "\"", todo, problems);
      }
    }
    assertThat(userTasks).as("user tasks in the deployed processes").isGreaterThan(3);
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTaskNameOfTheDescriptorsIsVietnamese() {
    List<String> problems = new ArrayList<>();
    for (Procedure procedure : catalogue.all()) {
      if (procedure.handling() == null) {
        continue;
      }
      List<Procedure.Part> parts = new ArrayList<>(procedure.handling().parts().values());
      parts.add(procedure.handling().part(null));
      for (Procedure.Part part : parts) {
        for (Procedure.Step step :
            java.util.stream.Stream.of(part.review(), part.signature(), part.verification())
                .filter(java.util.Objects::nonNull)
                .toList()) {
          String name = step.task().vi();
          check(procedure.key() + " task \"" + name + "\"", name, problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckRejectsTheEnglishNamesTasksHadBefore() {
    assertThat(VietnameseText.isVietnamese("Handle overdue verification")).isFalse();
    assertThat(VietnameseText.isVietnamese("Dossier KS-01 of Phạm An — 1 data issue(s) to verify"))
        .isFalse();
    assertThat(VietnameseText.isVietnamese("Xử lý việc xác minh quá hạn")).isTrue();
    assertThat(VietnameseText.isVietnamese("Cấp thẻ BHYT cho trẻ dưới 6 tuổi")).isTrue();
  }

  private static void check(String what, String text, List<String> problems) {
    String problem = VietnameseText.problem(text);
    if (problem != null) {
      problems.add(what + " " + problem);
    }
  }
}
