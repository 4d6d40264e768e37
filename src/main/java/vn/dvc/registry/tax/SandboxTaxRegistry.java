package vn.dvc.registry.tax;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.population.Pin;

/**
 * The tax registry on its sandbox table. The sandbox data holds no e-invoices, so there is nothing
 * to load: the table starts empty and tests or the demo add invoices through {@link #add}.
 */
final class SandboxTaxRegistry implements TaxRegistry {

  private static final String INVOICE =
      "select invoice_no, seller_tax_code, seller_name, buyer_pin, issued_on, description,"
          + " amount_vnd from sandbox_tax_e_invoice";

  private final JdbcTemplate jdbc;

  private SandboxTaxRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static SandboxTaxRegistry loaded(JdbcTemplate jdbc) {
    return new SandboxTaxRegistry(jdbc);
  }

  @Override
  public List<EInvoice> invoicesIssuedTo(Pin buyer) {
    return jdbc.query(
        INVOICE + " where buyer_pin = ? order by issued_on, invoice_no",
        SandboxTaxRegistry::invoice,
        buyer.value());
  }

  @Override
  public Optional<EInvoice> findInvoice(String invoiceNo) {
    return jdbc
        .query(INVOICE + " where invoice_no = ?", SandboxTaxRegistry::invoice, invoiceNo)
        .stream()
        .findFirst();
  }

  /**
   * Sandbox only, not the port: the real registry receives invoices from sellers, not from us.
   * Throws {@link org.springframework.dao.DuplicateKeyException} for a number already held.
   */
  void add(EInvoice invoice) {
    jdbc.update(
        "insert into sandbox_tax_e_invoice (invoice_no, seller_tax_code, seller_name, buyer_pin,"
            + " issued_on, description, amount_vnd) values (?,?,?,?,?,?,?)",
        invoice.invoiceNo(),
        invoice.sellerTaxCode(),
        invoice.sellerName(),
        invoice.buyerPin().value(),
        invoice.issuedOn(),
        invoice.description(),
        invoice.amountVnd());
  }

  private static EInvoice invoice(ResultSet rs, int row) throws SQLException {
    return new EInvoice(
        rs.getString("invoice_no"),
        rs.getString("seller_tax_code"),
        rs.getString("seller_name"),
        Pin.of(rs.getString("buyer_pin")),
        rs.getObject("issued_on", LocalDate.class),
        rs.getString("description"),
        rs.getLong("amount_vnd"));
  }
}
