package vn.dvc.registry.wallet;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "VNeID wallet: look up a citizen's documents". Input {@code pin}; outputs {@code
 * documentCount} and {@code documentTypes} (distinct, sorted, comma-separated).
 */
@Component("lookUpWalletDocuments")
class LookUpWalletDocumentsDelegate implements JavaDelegate {

  private final CitizenWallet wallet;

  LookUpWalletDocumentsDelegate(CitizenWallet wallet) {
    this.wallet = wallet;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<DeliveredDocument> documents = wallet.documentsOf(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "documentCount", documents.size());
    RegistryTasks.output(
        execution,
        "documentTypes",
        documents.stream()
            .map(DeliveredDocument::documentType)
            .distinct()
            .sorted()
            .collect(Collectors.joining(",")));
  }
}
