package vn.dvc.dossier;

import static vn.dvc.dossier.DossierVariables.PROCEDURE_KEY;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure;
import vn.dvc.catalogue.ProcedureCatalogue;
import vn.dvc.dataquality.DataIssue;
import vn.dvc.tasklist.TaskTexts;

/**
 * Names the task after its dossier and applicant, says in its description what to do and by when
 * (Vietnamese, {@link TaskTexts}), and writes the facts found, their provenance and the data issues
 * as readable text on the task (task-local, so it lives and ends with the task), for the review and
 * signing forms: form-js in Tasklist has no table component.
 */
@Component("summariseDossierForReview")
class SummariseDossierForReviewListener implements TaskListener {

  private final DossierRepository dossiers;
  private final ProcedureCatalogue catalogue;

  SummariseDossierForReviewListener(DossierRepository dossiers, ProcedureCatalogue catalogue) {
    this.dossiers = dossiers;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    String dossierId = task.getExecution().getProcessBusinessKey();
    List<DataIssue> issues = dossiers.dataIssues(dossierId);
    List<DocumentDecision> decisions = dossiers.documentDecisions(dossierId);
    task.setVariableLocal("factsFound", facts(dossierId, decisions));
    task.setVariableLocal("dossierFacts", declaredFacts(task));
    // The options of the generic review form's "document to request": the documents the
    // procedure's decision weighs, so the form needs no list of its own per procedure.
    task.setVariableLocal(
        "requestableDocuments",
        decisions.stream()
            .map(DocumentDecision::documentType)
            .distinct()
            .map(type -> Map.of("label", type, "value", type))
            .toList());
    task.setVariableLocal("dataIssues", issues(issues));
    // Read by the "Data issues to verify" Tasklist filter.
    task.getExecution().setVariable("dataIssueCount", issues.size());
    // An officer should know whose dossier a task is without opening it.
    String applicant =
        dossiers
            .summary(dossierId)
            .map(DossierRepository.DossierSummary::applicantName)
            .orElse(null);
    task.setName(TaskTexts.name(task.getName(), dossierId, applicant));
    task.setDescription(
        TaskTexts.description(
            dossierId,
            applicant,
            TaskTexts.todo(task),
            task.getDueDate(),
            issues.isEmpty() ? null : issues.size() + " sai lệch dữ liệu cần xác minh."));
  }

  /**
   * The facts the procedure's descriptor lists ({@code handling.facts}), one "label: value" line
   * each, from the variables of the task's instance; a fact not known for this dossier is skipped.
   */
  private String declaredFacts(DelegateTask task) {
    List<Procedure.Fact> facts =
        catalogue
            .find(PROCEDURE_KEY.from(task).getOrNull())
            .map(Procedure::handling)
            .map(Procedure.Handling::facts)
            .orElse(List.of());
    StringBuilder text = new StringBuilder();
    for (Procedure.Fact fact : facts) {
      Object value = task.getVariable(fact.variable());
      if (value == null || value.toString().isBlank()) {
        continue;
      }
      String shown =
          value instanceof Boolean b ? (b ? "có" : "không") : value.toString().replace(",", ", ");
      text.append("• ").append(fact.label().vi()).append(": ").append(shown).append('\n');
    }
    return text.toString().strip();
  }

  private String facts(String dossierId, List<DocumentDecision> decisions) {
    var supplied =
        dossiers.documents(dossierId).stream()
            .collect(Collectors.groupingBy(DossierRepository.SuppliedDocument::documentType));
    StringBuilder text = new StringBuilder();
    for (DocumentDecision d : decisions) {
      if (d.required()) {
        text.append("• ")
            .append(d.documentType())
            .append(": cần nộp — ")
            .append(d.reason())
            .append(
                supplied.containsKey(d.documentType())
                    ? " Công dân đã nộp: " + supplied.get(d.documentType()).get(0).fileName()
                    : " Công dân chưa nộp.");
      } else {
        text.append("• ")
            .append(d.documentType())
            .append(": lấy từ ")
            .append(d.source())
            .append(d.reference() == null ? "" : " (" + d.reference() + ")")
            .append(" — ")
            .append(d.reason());
      }
      text.append('\n');
    }
    return text.toString().strip();
  }

  private static String issues(List<DataIssue> issues) {
    if (issues.isEmpty()) {
      return "Không có.";
    }
    return issues.stream()
        .map(i -> "• " + i.kind() + " (" + i.pin() + "): " + i.message())
        .collect(Collectors.joining("\n"));
  }
}
