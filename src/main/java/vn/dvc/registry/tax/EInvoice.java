package vn.dvc.registry.tax;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * An electronic invoice as the tax authority holds it. The buyer is a person (since July 2025 the
 * PIN is also the personal tax code); the seller is identified by its tax code.
 */
public record EInvoice(
    String invoiceNo,
    String sellerTaxCode,
    String sellerName,
    Pin buyerPin,
    LocalDate issuedOn,
    String description,
    long amountVnd) {

  public EInvoice {
    Objects.requireNonNull(invoiceNo, "invoiceNo");
    Objects.requireNonNull(sellerTaxCode, "sellerTaxCode");
    Objects.requireNonNull(sellerName, "sellerName");
    Objects.requireNonNull(buyerPin, "buyerPin");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(description, "description");
  }
}
