package vn.dvc.registry.wallet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "VNeID wallet: notify the citizen of their dossier's status". Inputs {@code
 * recipientPin}, {@code dossierId}, {@code status}, {@code message}; output {@code notificationId}.
 * Keyed by the process instance's business key and the task, so a retried job notifies once.
 */
@Component("notifyCitizen")
class NotifyCitizenDelegate implements JavaDelegate {

  private final CitizenWallet wallet;

  NotifyCitizenDelegate(CitizenWallet wallet) {
    this.wallet = wallet;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CitizenNotification notification =
        new CitizenNotification(
            RegistryTasks.pin(execution, "recipientPin"),
            RegistryTasks.text(execution, "dossierId"),
            RegistryTasks.text(execution, "status"),
            RegistryTasks.text(execution, "message"));
    // The engine logs (and the registry audit records) the business key as the dossier; this
    // process's key names one notification of the dossier, so the dossier itself is put back.
    try (var mdc = MDC.putCloseable("dossierId", notification.dossierId())) {
      SentNotification sent = wallet.notify(notification, RegistryTasks.writeKey(execution));
      RegistryTasks.output(execution, "notificationId", sent.notificationId());
    }
  }
}
