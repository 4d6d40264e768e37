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
 * today in Vietnam when empty); output {@code walletDocumentId}. Keyed by dossier, task, document
 * type and holder, so a retried job does not put a second copy into the wallet, while the one task
 * of the building block {@code deliver-result} delivers each document to each holder: with the task
 * alone in the key, every holder after the first (the new owners of a parcel) or every document
 * after the first (the three results of an interlinked dossier) would be answered the first.
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
            execution.getCurrentActivityId()
                + ":"
                + delivery.documentType()
                + ":"
                + delivery.holderPin().value());
    DeliveredDocument delivered = wallet.deliver(delivery, key);
    RegistryTasks.output(execution, "walletDocumentId", delivered.documentId());
  }
}
