package vn.dvc.registry.wallet;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;
import vn.dvc.time.EngineClock;

/**
 * Template "VNeID wallet: deliver an issued document". Inputs {@code holderPin}, {@code
 * documentType}, {@code title}, {@code reference} and, optionally, {@code issuedOn} (ISO date,
 * today in Vietnam when empty); output {@code walletDocumentId}. Keyed by dossier and task, so a
 * retried job does not put a second copy into the wallet.
 */
@Component("deliverToWallet")
class DeliverToWalletDelegate implements JavaDelegate {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final CitizenWallet wallet;

  DeliverToWalletDelegate(CitizenWallet wallet) {
    this.wallet = wallet;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WalletDelivery delivery =
        new WalletDelivery(
            RegistryTasks.pin(execution, "holderPin"),
            RegistryTasks.text(execution, "documentType"),
            RegistryTasks.text(execution, "title"),
            RegistryTasks.text(execution, "reference"),
            issuedOn(execution));
    DeliveredDocument delivered = wallet.deliver(delivery, RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "walletDocumentId", delivered.documentId());
  }

  private static LocalDate issuedOn(DelegateExecution execution) {
    String issuedOn = RegistryTasks.optionalText(execution, "issuedOn");
    if (issuedOn == null) {
      return EngineClock.now().atZone(VIETNAM).toLocalDate();
    }
    try {
      return LocalDate.parse(issuedOn);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The input 'issuedOn' of task "
              + execution.getCurrentActivityId()
              + " is not an ISO date (yyyy-mm-dd)",
          e);
    }
  }
}
