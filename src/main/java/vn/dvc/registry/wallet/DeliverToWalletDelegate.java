package vn.dvc.registry.wallet;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryTasks;
import vn.dvc.time.EngineClock;

/**
 * Template "VNeID wallet: deliver an issued document". Inputs {@code holderPin}, {@code
 * documentType}, {@code title}, {@code reference} and, optionally, {@code issuedOn} (ISO date,
 * today in Vietnam when empty); output {@code walletDocumentId}. Keyed by dossier, task and holder,
 * so a retried job does not put a second copy into the wallet, while a task run once per holder
 * (the building block {@code deliver-result} called multi-instance, as for the several new owners
 * of a parcel) delivers to each of them: with the task alone in the key, every holder after the
 * first would be answered the first holder's document.
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
    IdempotencyKey key =
        IdempotencyKey.of(
            RegistryTasks.dossierCode(execution),
            execution.getCurrentActivityId() + ":" + delivery.holderPin().value());
    DeliveredDocument delivered = wallet.deliver(delivery, key);
    RegistryTasks.output(execution, "walletDocumentId", delivered.documentId());
  }
}
