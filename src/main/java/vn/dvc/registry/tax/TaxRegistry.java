package vn.dvc.registry.tax;

import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;

/** Port to the tax registry's e-invoices. */
@AuditedRegistry("tax")
public interface TaxRegistry {

  /**
   * Every e-invoice issued to the person as buyer, oldest first: a purchase the registry proves (a
   * motorbike, its registration fee) is not asked from the citizen as paper.
   */
  List<EInvoice> invoicesIssuedTo(Pin buyer);

  /** The e-invoice of a number, which the citizen may quote instead of bringing it. */
  Optional<EInvoice> findInvoice(String invoiceNo);
}
