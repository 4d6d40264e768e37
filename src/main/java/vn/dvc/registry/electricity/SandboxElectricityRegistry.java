package vn.dvc.registry.electricity;

import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxWrites;

/** The electricity registry on its sandbox table. */
final class SandboxElectricityRegistry implements ElectricityRegistry {

  static final String REGISTRY = "electricity";

  /** The only supplier in the sandbox data. */
  static final String SUPPLIER = "Tổng công ty Điện lực";

  private static final String CONTRACT =
      "select contract_no, customer_pin, commune_code, address, meter_no, supplier"
          + " from sandbox_electricity_contract";

  private final JdbcTemplate jdbc;
  private final AdministrativeUnits units;
  private final SandboxWrites writes;

  private SandboxElectricityRegistry(
      JdbcTemplate jdbc, AdministrativeUnits units, SandboxWrites writes) {
    this.jdbc = jdbc;
    this.units = units;
    this.writes = writes;
  }

  /** The registry, its table loaded from the sandbox data first if this database has none. */
  static SandboxElectricityRegistry loaded(
      JdbcTemplate jdbc,
      SandboxData data,
      AdministrativeUnits units,
      PlatformTransactionManager transactions) {
    data.loadOnce(REGISTRY, "sector-registries.json", root -> load(jdbc, root));
    return new SandboxElectricityRegistry(jdbc, units, new SandboxWrites(jdbc, transactions));
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> contracts = new ArrayList<>();
    for (JsonNode c : root.path("electricityContracts")) {
      contracts.add(
          new Object[] {
            text(c, "contractNo"),
            text(c, "customerPin"),
            text(c, "communeCode"),
            text(c, "address"),
            text(c, "meterNo"),
            text(c, "supplier")
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_electricity_contract (contract_no, customer_pin, commune_code,"
            + " address, meter_no, supplier) values (?,?,?,?,?,?)",
        contracts);
  }

  @Override
  public List<ElectricityContract> contractsOf(Pin customer) {
    return jdbc.query(
        CONTRACT + " where customer_pin = ? order by contract_no",
        SandboxElectricityRegistry::contract,
        customer.value());
  }

  @Override
  public Optional<ElectricityContract> findContract(String contractNo) {
    return jdbc
        .query(
            CONTRACT + " where contract_no = ?", SandboxElectricityRegistry::contract, contractNo)
        .stream()
        .findFirst();
  }

  @Override
  public ElectricityContract openContract(NewElectricityContract request, IdempotencyKey key) {
    return writes.once(
        REGISTRY, key, () -> open(request), reference -> findContract(reference).orElseThrow());
  }

  private String open(NewElectricityContract request) {
    if (units.commune(request.communeCode()).isEmpty()) {
      throw new RegistryRejectedRequestException(REGISTRY, 422, "no such commune to supply");
    }
    String contractNo = newContractNo(request.communeCode());
    jdbc.update(
        "insert into sandbox_electricity_contract (contract_no, customer_pin, commune_code,"
            + " address, meter_no, supplier) values (?,?,?,?,?,?)",
        contractNo,
        request.customerPin().value(),
        request.communeCode(),
        request.address(),
        null,
        SUPPLIER);
    return contractNo;
  }

  /** A number not yet given, in the registry's form: PE, the commune code, six digits. */
  private String newContractNo(String communeCode) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (true) {
      String contractNo = "PE%s%06d".formatted(communeCode, random.nextInt(1_000_000));
      if (findContract(contractNo).isEmpty()) {
        return contractNo;
      }
    }
  }

  @Override
  public ElectricityContract transferContract(
      String contractNo, Pin newCustomer, IdempotencyKey key) {
    SandboxWrites.required(newCustomer, "new customer");
    return writes.once(
        REGISTRY,
        key,
        () -> {
          int transferred =
              jdbc.update(
                  "update sandbox_electricity_contract set customer_pin = ? where contract_no = ?",
                  newCustomer.value(),
                  contractNo);
          if (transferred == 0) {
            throw new RegistryRecordNotFoundException(REGISTRY, "no such contract to transfer");
          }
          return contractNo;
        },
        reference -> findContract(reference).orElseThrow());
  }

  private static ElectricityContract contract(ResultSet rs, int row) throws SQLException {
    return new ElectricityContract(
        rs.getString("contract_no"),
        Pin.of(rs.getString("customer_pin")),
        rs.getString("commune_code"),
        rs.getString("address"),
        rs.getString("meter_no"),
        rs.getString("supplier"));
  }
}
