package vn.dvc.registry.notarization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.population.Pin;

/**
 * The notarization registry on its sandbox tables. The sandbox data holds no notarized contracts,
 * so there is nothing to load: the tables start empty and tests or the demo add contracts through
 * {@link #add}.
 */
final class SandboxNotarizationRegistry implements NotarizationRegistry {

  /**
   * Contracts with their parties in one query, one row per party, grouped by {@link #contracts}.
   */
  private static final String CONTRACT =
      "select c.contract_no, c.contract_type, c.notary_office, c.notarized_on, c.subject,"
          + " p.party_pin from sandbox_notarized_contract c left join"
          + " sandbox_notarized_contract_party p on p.contract_no = c.contract_no";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  private SandboxNotarizationRegistry(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  static SandboxNotarizationRegistry loaded(
      JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    return new SandboxNotarizationRegistry(jdbc, transactions);
  }

  @Override
  public List<NotarizedContract> contractsOf(Pin party) {
    return jdbc.query(
        CONTRACT
            + " where c.contract_no in (select contract_no from sandbox_notarized_contract_party"
            + " where party_pin = ?) order by c.notarized_on, c.contract_no, p.party_pin",
        SandboxNotarizationRegistry::contracts,
        party.value());
  }

  @Override
  public Optional<NotarizedContract> findContract(String contractNo) {
    return jdbc
        .query(
            CONTRACT + " where c.contract_no = ? order by p.party_pin",
            SandboxNotarizationRegistry::contracts,
            contractNo)
        .stream()
        .findFirst();
  }

  /**
   * Sandbox only, not the port: the real registry receives contracts from notaries, not from us.
   * The contract and its parties are added together or not at all; a number already held throws
   * {@link org.springframework.dao.DuplicateKeyException}.
   */
  void add(NotarizedContract contract) {
    if (contract.partyPins().isEmpty()) {
      throw new IllegalArgumentException("A notarized contract has at least one party");
    }
    transaction.executeWithoutResult(
        status -> {
          jdbc.update(
              "insert into sandbox_notarized_contract (contract_no, contract_type, notary_office,"
                  + " notarized_on, subject) values (?,?,?,?,?)",
              contract.contractNo(),
              contract.contractType(),
              contract.notaryOffice(),
              contract.notarizedOn(),
              contract.subject());
          jdbc.batchUpdate(
              "insert into sandbox_notarized_contract_party (contract_no, party_pin)"
                  + " values (?,?)",
              new LinkedHashSet<>(contract.partyPins())
                  .stream().map(pin -> new Object[] {contract.contractNo(), pin.value()}).toList());
        });
  }

  /** Folds the rows of one query, ordered by contract, into contracts each with all its parties. */
  private static List<NotarizedContract> contracts(ResultSet rs) throws SQLException {
    // The record copies its parties when built, so each contract is built once its rows are read.
    Map<String, List<Pin>> parties = new LinkedHashMap<>();
    Map<String, NotarizedContract> contracts = new LinkedHashMap<>();
    while (rs.next()) {
      String contractNo = rs.getString("contract_no");
      if (!contracts.containsKey(contractNo)) {
        parties.put(contractNo, new ArrayList<>());
        contracts.put(
            contractNo,
            new NotarizedContract(
                contractNo,
                rs.getString("contract_type"),
                rs.getString("notary_office"),
                rs.getObject("notarized_on", LocalDate.class),
                rs.getString("subject"),
                List.of()));
      }
      String party = rs.getString("party_pin");
      if (party != null) {
        parties.get(contractNo).add(Pin.of(party));
      }
    }
    return contracts.values().stream()
        .map(
            c ->
                new NotarizedContract(
                    c.contractNo(),
                    c.contractType(),
                    c.notaryOffice(),
                    c.notarizedOn(),
                    c.subject(),
                    parties.get(c.contractNo())))
        .toList();
  }
}
