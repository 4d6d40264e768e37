package vn.dvc.registry.tax;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox tax registry over HTTP; see {@code sandbox-openapi/tax.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/tax")
class SandboxTaxController {

  private final SandboxTaxRegistry sandbox;

  SandboxTaxController(JdbcTemplate jdbc) {
    this.sandbox = SandboxTaxRegistry.loaded(jdbc);
  }

  @GetMapping("/e-invoices")
  List<EInvoice> invoices(@RequestParam String buyerPin) {
    return sandbox.invoicesIssuedTo(Pin.of(buyerPin));
  }

  @GetMapping("/e-invoices/{invoiceNo}")
  ResponseEntity<EInvoice> invoice(@PathVariable String invoiceNo) {
    return ResponseEntity.of(sandbox.findInvoice(invoiceNo));
  }

  /** Sandbox only: the sandbox data has no e-invoices, tests and the demo add them here. */
  @PostMapping("/e-invoices")
  ResponseEntity<?> add(@RequestBody EInvoice invoice) {
    sandbox.add(invoice);
    return ResponseEntity.status(HttpStatus.CREATED).body(invoice);
  }
}
