package vn.dvc.registry.tax;

import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryHttpClient;

/** The tax registry over HTTP, as described in {@code sandbox-openapi/tax.yaml}. */
final class HttpTaxRegistry implements TaxRegistry {

  private final RegistryHttpClient http;

  HttpTaxRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<EInvoice> invoicesIssuedTo(Pin buyer) {
    return http.list(EInvoice.class, "/e-invoices?buyerPin={pin}", buyer.value());
  }

  @Override
  public Optional<EInvoice> findInvoice(String invoiceNo) {
    return http.find(EInvoice.class, "/e-invoices/{invoiceNo}", invoiceNo);
  }
}
