package vn.dvc.registry.notarization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
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

  private static final String CONTRACT =
      "select contract_no, contract_type, notary_office, notarized_on, subject"
          + " from sandbox_notarized_contract";

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
            + " where contract_no in (select contract_no from sandbox_notarized_contract_party"
            + " where party_pin = ?) order by notarized_on, contract_no",
        this::contract,
        party.value());
  }

  @Override
  public Optional<NotarizedContract> findContract(String contractNo) {
    return jdbc.query(CONTRACT + " where contract_no = ?", this::contract, contractNo).stream()
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

  private NotarizedContract contract(ResultSet rs, int row) throws SQLException {
    String contractNo = rs.getString("contract_no");
    List<Pin> parties =
        jdbc.query(
            "select party_pin from sandbox_notarized_contract_party where contract_no = ?"
                + " order by party_pin",
            (p, i) -> Pin.of(p.getString("party_pin")),
            contractNo);
    return new NotarizedContract(
        contractNo,
        rs.getString("contract_type"),
        rs.getString("notary_office"),
        rs.getObject("notarized_on", LocalDate.class),
        rs.getString("subject"),
        parties);
  }
}
