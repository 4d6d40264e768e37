package vn.dvc.dossier;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dvc.dataquality.DataIssue;

/**
 * Names the task after its dossier and applicant, and writes the facts found, their provenance and
 * the data issues as readable text on the task (task-local, so it lives and ends with the task),
 * for the review and signing forms: form-js in Tasklist has no table component.
 */
@Component("summariseDossierForReview")
class SummariseDossierForReviewListener implements TaskListener {

  private final DossierRepository dossiers;

  SummariseDossierForReviewListener(DossierRepository dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    String dossierId = task.getExecution().getProcessBusinessKey();
    List<DataIssue> issues = dossiers.dataIssues(dossierId);
    task.setVariableLocal("factsFound", facts(dossierId));
    task.setVariableLocal("dataIssues", issues(issues));
    // Read by the "Data issues to verify" Tasklist filter.
    task.getExecution().setVariable("dataIssueCount", issues.size());
    // An officer should know whose dossier a task is without opening it.
    String applicant =
        dossiers
            .summary(dossierId)
            .map(DossierRepository.DossierSummary::applicantName)
            .orElse(null);
    task.setName(task.getName() + " · " + dossierId + (applicant == null ? "" : " · " + applicant));
    task.setDescription(
        "Dossier "
            + dossierId
            + (applicant == null ? "" : " of " + applicant)
            + (issues.isEmpty() ? "" : " — " + issues.size() + " data issue(s) to verify"));
  }

  private String facts(String dossierId) {
    List<DocumentDecision> decisions = dossiers.documentDecisions(dossierId);
    var supplied =
        dossiers.documents(dossierId).stream()
            .collect(Collectors.groupingBy(DossierRepository.SuppliedDocument::documentType));
    StringBuilder text = new StringBuilder();
    for (DocumentDecision d : decisions) {
      if (d.required()) {
        text.append("• ")
            .append(d.documentType())
            .append(": REQUIRED — ")
            .append(d.reason())
            .append(
                supplied.containsKey(d.documentType())
                    ? " Supplied by the citizen: "
                        + supplied.get(d.documentType()).get(0).fileName()
                    : " Not supplied.");
      } else {
        text.append("• ")
            .append(d.documentType())
            .append(": from ")
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
      return "None found.";
    }
    return issues.stream()
        .map(i -> "• " + i.kind() + " (" + i.pin() + "): " + i.message())
        .collect(Collectors.joining("\n"));
  }
}
