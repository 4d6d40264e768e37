package vn.dvc.registry.healthinsurance;

import static vn.dvc.sandbox.SandboxData.date;
import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxWrites;
import vn.dvc.time.EngineClock;

/** The health-insurance registry on its sandbox table. */
final class SandboxHealthInsuranceRegistry implements HealthInsuranceRegistry {

  static final String REGISTRY = "health-insurance";

  private static final String CARD =
      "select card_no, holder_pin, household_id, category, valid_from, valid_to"
          + " from sandbox_health_insurance_card";

  private final JdbcTemplate jdbc;
  private final SandboxWrites writes;
  private final RandomGenerator random = new SecureRandom();

  private SandboxHealthInsuranceRegistry(JdbcTemplate jdbc, SandboxWrites writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  /** The registry, its table loaded from the sandbox data first if this database has none. */
  static SandboxHealthInsuranceRegistry loaded(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, SandboxData data) {
    data.loadOnce(REGISTRY, "sector-registries.json", root -> load(jdbc, root));
    return new SandboxHealthInsuranceRegistry(jdbc, new SandboxWrites(jdbc, transactions));
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> cards = new ArrayList<>();
    for (JsonNode c : root.path("healthInsuranceCards")) {
      cards.add(
          new Object[] {
            text(c, "cardNo"),
            text(c, "holderPin"),
            text(c, "householdId"),
            text(c, "category"),
            date(c, "validFrom"),
            date(c, "validTo")
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_health_insurance_card (card_no, holder_pin, household_id, category,"
            + " valid_from, valid_to) values (?,?,?,?,?,?)",
        cards);
  }

  @Override
  public List<HealthInsuranceCard> cardsOf(Pin holder) {
    return jdbc.query(
        CARD + " where holder_pin = ? order by valid_from, card_no", this::card, holder.value());
  }

  @Override
  public Optional<HealthInsuranceCard> findCard(String cardNo) {
    return jdbc.query(CARD + " where card_no = ?", this::card, cardNo).stream().findFirst();
  }

  @Override
  public HealthInsuranceCard issueCard(HealthCardIssue request, IdempotencyKey key) {
    return writes.once(REGISTRY, key, () -> insert(request), this::written);
  }

  @Override
  public HealthInsuranceCard renewCard(String cardNo, LocalDate validTo, IdempotencyKey key) {
    SandboxWrites.required(validTo, "new end date");
    return writes.once(REGISTRY, key, () -> extend(cardNo, validTo), this::written);
  }

  private String insert(HealthCardIssue request) {
    LocalDate from = request.validFrom() != null ? request.validFrom() : EngineClock.today();
    LocalDate to = request.validTo() != null ? request.validTo() : from.plusYears(1).minusDays(1);
    if (to.isBefore(from)) {
      throw new RegistryRejectedRequestException(
          REGISTRY, 422, "the card would end on " + to + ", before it starts on " + from);
    }
    Integer overlapping =
        jdbc.queryForObject(
            "select count(*) from sandbox_health_insurance_card"
                + " where holder_pin = ? and valid_from <= ? and valid_to >= ?",
            Integer.class,
            request.holderPin().value(),
            to,
            from);
    if (overlapping != null && overlapping > 0) {
      throw new RegistryRejectedRequestException(
          REGISTRY, 409, "the holder already has a card for part of that period");
    }
    String cardNo = newCardNo(request.category());
    jdbc.update(
        "insert into sandbox_health_insurance_card (card_no, holder_pin, household_id, category,"
            + " valid_from, valid_to) values (?,?,?,?,?,?)",
        cardNo,
        request.holderPin().value(),
        request.householdId(),
        request.category().name(),
        from,
        to);
    return cardNo;
  }

  private String extend(String cardNo, LocalDate validTo) {
    HealthInsuranceCard card =
        findCard(cardNo)
            .orElseThrow(
                () -> new RegistryRecordNotFoundException(REGISTRY, "no card of that number"));
    if (!validTo.isAfter(card.validTo())) {
      throw new RegistryRejectedRequestException(
          REGISTRY,
          422,
          "a renewal extends the card beyond " + card.validTo() + ", not to " + validTo);
    }
    jdbc.update(
        "update sandbox_health_insurance_card set valid_to = ? where card_no = ?", validTo, cardNo);
    return cardNo;
  }

  /**
   * The object code of the category, benefit level 4 as in the sandbox data, then ten digits; drawn
   * until unused, as the registry guarantees unique numbers.
   */
  private String newCardNo(HealthInsuranceCategory category) {
    String prefix =
        switch (category) {
          case CHILD_UNDER_6 -> "TE4";
          case STUDENT -> "HS4";
          case HOUSEHOLD -> "GD4";
          case EMPLOYEE -> "DN4";
          case RETIREE -> "HT4";
        };
    while (true) {
      String cardNo = prefix + String.format("%010d", random.nextLong(10_000_000_000L));
      if (findCard(cardNo).isEmpty()) {
        return cardNo;
      }
    }
  }

  private HealthInsuranceCard written(String cardNo) {
    return findCard(cardNo)
        .orElseThrow(() -> new IllegalStateException("A written card is missing from the table"));
  }

  private HealthInsuranceCard card(ResultSet rs, int row) throws SQLException {
    return new HealthInsuranceCard(
        rs.getString("card_no"),
        Pin.of(rs.getString("holder_pin")),
        rs.getString("household_id"),
        HealthInsuranceCategory.valueOf(rs.getString("category")),
        rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class));
  }
}
