package vn.dvc.registry.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Pin;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxServerProperties;

/**
 * The tax port's contract, held by the sandbox and by the HTTP client against the sandbox. The
 * sandbox data has no e-invoices: the test adds its own through the sandbox-only endpoint.
 */
@DvcSpringBootTest
class TaxRegistryContractTest {

  static final Pin BUYER = Pin.of("037171984646");
  static final Pin BUYS_NOTHING = Pin.of("002165572303");

  static final EInvoice MOTORBIKE =
      new EInvoice(
          "TESTC-TAX-0001",
          "0101234567",
          "Công ty TNHH Honda Thăng Long",
          BUYER,
          LocalDate.of(2026, 9, 14),
          "Xe máy Honda Vision 110cc, số khung RLHJF5810PY000123",
          34_990_000L);
  static final EInvoice REGISTRATION_FEE =
      new EInvoice(
          "TESTC-TAX-0002",
          "0100231226",
          "Kho bạc Nhà nước Hà Nội",
          BUYER,
          LocalDate.of(2026, 9, 15),
          "Lệ phí trước bạ XE MÁY",
          1_749_500L);
  static final EInvoice FRIDGE =
      new EInvoice(
          "TESTC-TAX-0003",
          "0309876543",
          "Điện máy Xanh",
          BUYER,
          LocalDate.of(2026, 3, 2),
          "Tủ lạnh Samsung 236 lít",
          6_490_000L);

  @Autowired JdbcTemplate jdbc;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired SandboxServerProperties server;

  @BeforeEach
  void addTheTestInvoicesOnce() {
    for (EInvoice invoice : List.of(MOTORBIKE, REGISTRATION_FEE, FRIDGE)) {
      Integer held =
          jdbc.queryForObject(
              "select count(*) from sandbox_tax_e_invoice where invoice_no = ?",
              Integer.class,
              invoice.invoiceNo());
      if (held == 0) {
        assertThat(add(invoice).getStatusCode()).isEqualTo(HttpStatus.CREATED);
      }
    }
  }

  ResponseEntity<String> add(Object invoice) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(server.username(), server.password())
        .postForEntity("/sandbox/tax/e-invoices", new HttpEntity<>(invoice, headers), String.class);
  }

  abstract static class Contract {

    abstract TaxRegistry tax();

    @Test
    void findsEveryInvoiceIssuedToABuyerOldestFirst() {
      assertThat(tax().invoicesIssuedTo(BUYER))
          .containsExactly(FRIDGE, MOTORBIKE, REGISTRATION_FEE);
    }

    @Test
    void answersNoInvoicesForSomeoneWhoBoughtNothing() {
      assertThat(tax().invoicesIssuedTo(BUYS_NOTHING)).isEmpty();
    }

    @Test
    void findsAnInvoiceByItsNumber() {
      assertThat(tax().findInvoice("TESTC-TAX-0001")).contains(MOTORBIKE);
    }

    @Test
    void answersEmptyForAnUnknownInvoiceNumber() {
      assertThat(tax().findInvoice("TESTC-TAX-9999")).isEmpty();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    TaxRegistry tax() {
      return SandboxTaxRegistry.loaded(jdbc);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    TaxRegistry tax() {
      return new HttpTaxRegistry(clients.client("tax"));
    }
  }

  @Test
  void sandboxRefusesASecondInvoiceWithTheSameNumber() {
    ResponseEntity<String> repeated = add(FRIDGE);
    assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(repeated.getBody()).contains("sandbox-duplicate-record");
  }

  @Test
  void sandboxRefusesAnInvoiceWithoutABuyer() {
    ResponseEntity<String> answer =
        add(Map.of("invoiceNo", "TESTC-TAX-0004", "sellerTaxCode", "0101234567"));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(SandboxTaxRegistry.loaded(jdbc).findInvoice("TESTC-TAX-0004")).isEmpty();
  }

  @Test
  void templateFindsOnlyTheInvoicesWhoseDescriptionMatches() {
    Map<String, Object> motorbike =
        ElementTemplates.run(
            engine,
            "vn.dvc.tax.lookUpEInvoices",
            "TEST-TAX-1",
            Map.of("descriptionContains", "xe máy"),
            Map.of("applicantPin", BUYER.value()));
    assertThat(motorbike)
        .containsEntry("hasInvoice", true)
        .containsEntry("invoiceNos", "TESTC-TAX-0001,TESTC-TAX-0002");

    Map<String, Object> car =
        ElementTemplates.run(
            engine,
            "vn.dvc.tax.lookUpEInvoices",
            "TEST-TAX-2",
            Map.of("descriptionContains", "ô tô"),
            Map.of("applicantPin", BUYER.value()));
    assertThat(car).containsEntry("hasInvoice", false).containsEntry("invoiceNos", "");
  }

  @Test
  void templateWithoutADescriptionFindsEveryInvoice() {
    Map<String, Object> all =
        ElementTemplates.run(
            engine,
            "vn.dvc.tax.lookUpEInvoices",
            "TEST-TAX-3",
            Map.of(),
            Map.of("applicantPin", BUYER.value()));
    assertThat(all)
        .containsEntry("hasInvoice", true)
        .containsEntry("invoiceNos", "TESTC-TAX-0003,TESTC-TAX-0001,TESTC-TAX-0002");

    Map<String, Object> nobody =
        ElementTemplates.run(
            engine,
            "vn.dvc.tax.lookUpEInvoices",
            "TEST-TAX-4",
            Map.of(),
            Map.of("applicantPin", BUYS_NOTHING.value()));
    assertThat(nobody).containsEntry("hasInvoice", false);
  }
}
