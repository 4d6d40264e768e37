package vn.dvc.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.dvc.time.EngineClock;

/**
 * Keeps the dossier's status in step with its process, from listeners that analysts see in the
 * model: {@code ${dossierStatus.change(execution, 'IN_REVIEW')}}.
 */
@Component("dossierStatus")
public class DossierStatusListener {

  private final DossierRepository dossiers;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;

  DossierStatusListener(
      DossierRepository dossiers, ApplicationEventPublisher events, ObjectMapper json) {
    this.dossiers = dossiers;
    this.events = events;
    this.json = json;
  }

  public void change(DelegateExecution execution, String status) {
    DossierStatus next = DossierStatus.valueOf(status);
    String dossierId = execution.getProcessBusinessKey();
    DossierStatus previous = statusOf(dossierId);
    dossiers.changeStatus(dossierId, next, detailOf(next));
    events.publishEvent(new DossierStatusChanged(dossierId, previous, next, EngineClock.now()));
    if (next == DossierStatus.NOT_ACCEPTED) {
      dossiers.setResult(
          dossierId,
          outcome(
              "NOT_ACCEPTED", "The requested documents were not supplied within the deadline."));
    }
  }

  public void refuse(DelegateExecution execution, String reason) {
    String dossierId = execution.getProcessBusinessKey();
    DossierStatus previous = statusOf(dossierId);
    dossiers.changeStatus(dossierId, DossierStatus.REFUSED, reason);
    events.publishEvent(
        new DossierStatusChanged(dossierId, previous, DossierStatus.REFUSED, EngineClock.now()));
    dossiers.setResult(dossierId, outcome("REFUSED", reason));
  }

  private DossierStatus statusOf(String dossierId) {
    return dossiers
        .find(dossierId)
        .map(DossierRepository.DossierRow::status)
        .orElseThrow(() -> new IllegalStateException("No dossier " + dossierId));
  }

  private String outcome(String outcome, String reason) {
    return json.createObjectNode().put("outcome", outcome).put("reason", reason).toString();
  }

  private static String detailOf(DossierStatus status) {
    return switch (status) {
      case WAITING_FOR_DOCUMENTS -> "Supplementary documents requested from the citizen";
      case IN_REVIEW -> "With the officer for review";
      case AWAITING_SIGNATURE -> "Approved by the officer; awaiting the signature";
      case COMPLETED -> "Result issued";
      case NOT_ACCEPTED -> "Documents not supplied in time";
      default -> null;
    };
  }
}
