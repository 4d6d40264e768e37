package vn.dvc.registry.tax;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Tax: look up e-invoices issued to a citizen". Inputs {@code pin} and, optionally,
 * {@code descriptionContains} (case-insensitive, e.g. "xe máy"); outputs {@code hasInvoice} and
 * {@code invoiceNos} (comma-separated).
 */
@Component("lookUpEInvoices")
class LookUpEInvoicesDelegate implements JavaDelegate {

  private final TaxRegistry tax;

  LookUpEInvoicesDelegate(TaxRegistry tax) {
    this.tax = tax;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String wanted = RegistryTasks.optionalText(execution, "descriptionContains");
    List<EInvoice> invoices =
        tax.invoicesIssuedTo(RegistryTasks.pin(execution, "pin")).stream()
            .filter(i -> wanted == null || comparable(i.description()).contains(comparable(wanted)))
            .toList();
    RegistryTasks.output(execution, "hasInvoice", !invoices.isEmpty());
    RegistryTasks.output(
        execution,
        "invoiceNos",
        invoices.stream().map(EInvoice::invoiceNo).collect(Collectors.joining(",")));
  }

  /** Vietnamese text arrives composed or decomposed depending on the keyboard that typed it. */
  private static String comparable(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
