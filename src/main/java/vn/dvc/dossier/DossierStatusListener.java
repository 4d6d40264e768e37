package vn.dvc.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
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
  private final CitizenNotifications notifications;
  private final DossierTexts texts;

  DossierStatusListener(
      DossierRepository dossiers,
      ApplicationEventPublisher events,
      ObjectMapper json,
      CitizenNotifications notifications,
      DossierTexts texts) {
    this.texts = texts;
    this.dossiers = dossiers;
    this.events = events;
    this.json = json;
    this.notifications = notifications;
  }

  public void change(DelegateExecution execution, String status) {
    change(execution, status, null);
  }

  /**
   * Changes the status with the reason the citizen reads: for NOT_ACCEPTED the result's reason
   * ("Không nộp phí, lệ phí trong thời hạn"); without one, the documents that were not supplied,
   * the first reason a dossier was not accepted for.
   */
  public void change(DelegateExecution execution, String status, String reason) {
    DossierStatus next = DossierStatus.valueOf(status);
    String dossierId = execution.getProcessBusinessKey();
    changeTo(dossierId, next, reason != null ? reason : detailOf(next), reason);
    if (next == DossierStatus.NOT_ACCEPTED) {
      dossiers.setResult(
          dossierId,
          outcome(
              "NOT_ACCEPTED",
              reason != null ? reason : texts.vietnamese("result.documents-not-supplied")));
    }
  }

  public void refuse(DelegateExecution execution, String reason) {
    String dossierId = execution.getProcessBusinessKey();
    changeTo(dossierId, DossierStatus.REFUSED, reason, null);
    dossiers.setResult(dossierId, outcome("REFUSED", reason));
  }

  /**
   * Sets the status, tells the other capabilities, and notifies the citizen when the status really
   * changes (a verification and then a review are both IN_REVIEW).
   */
  private void changeTo(String dossierId, DossierStatus next, String detail, String reason) {
    DossierRepository.DossierRow dossier =
        dossiers
            .find(dossierId)
            .orElseThrow(() -> new IllegalStateException("No dossier " + dossierId));
    Instant at = EngineClock.now();
    dossiers.changeStatus(dossierId, next, detail);
    events.publishEvent(new DossierStatusChanged(dossierId, next, at));
    if (dossier.status() != next) {
      notifications.tell(dossier, next, at, reason);
    }
  }

  private String outcome(String outcome, String reason) {
    return json.createObjectNode().put("outcome", outcome).put("reason", reason).toString();
  }

  /**
   * The timeline's detail of a status the process sets without a reason, stored in Vietnamese
   * ({@code timeline.status.<STATUS>}; {@link DossierTexts} tells it in English on request).
   */
  private String detailOf(DossierStatus status) {
    return DossierTexts.STATUSES_TOLD.contains(status)
        ? texts.vietnamese("timeline.status." + status.name())
        : null;
  }
}
