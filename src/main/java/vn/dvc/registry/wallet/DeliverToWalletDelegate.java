package vn.dvc.registry.wallet;

import java.time.LocalDate;
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

  private final CitizenWallet wallet;

  DeliverToWalletDelegate(CitizenWallet wallet) {
    this.wallet = wallet;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate issuedOn = RegistryTasks.optionalDate(execution, "issuedOn");
    WalletDelivery delivery =
        new WalletDelivery(
            RegistryTasks.pin(execution, "holderPin"),
            RegistryTasks.text(execution, "documentType"),
            RegistryTasks.text(execution, "title"),
            RegistryTasks.text(execution, "reference"),
            issuedOn == null ? EngineClock.today() : issuedOn);
    DeliveredDocument delivered = wallet.deliver(delivery, RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "walletDocumentId", delivered.documentId());
  }
}
