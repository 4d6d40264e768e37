package vn.dvc.dossier;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dvc.dataquality.DataIssue;

/**
 * Writes the facts found, their provenance and the data issues as readable text on the task
 * (task-local, so it lives and ends with the task), for the review and signing forms: form-js in
 * Tasklist has no table component.
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
    task.setVariableLocal("factsFound", facts(dossierId));
    task.setVariableLocal("dataIssues", issues(dossiers.dataIssues(dossierId)));
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
