package vn.dvc.registry.trafficfines;

import static vn.dvc.sandbox.SandboxData.date;
import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxWrites;

/** The traffic-fine registry on its sandbox table. */
final class SandboxTrafficFineRegistry implements TrafficFineRegistry {

  static final String REGISTRY = "traffic-fines";

  /** Our own facts of the decisions, which the shared file lacks: a dataset of its own. */
  static final String DECISIONS = "traffic-penalty-decisions";

  private static final String FINE =
      "select decision_no, plate, owner_pin, violation, detected_at, amount_vnd, paid, paid_on,"
          + " decided_on, issuer_province_code, issuer_name from sandbox_traffic_fine";

  private final JdbcTemplate jdbc;
  private final SandboxWrites writes;

  private SandboxTrafficFineRegistry(JdbcTemplate jdbc, SandboxWrites writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  /** The registry, its table loaded from the sandbox data first if this database has none. */
  static SandboxTrafficFineRegistry loaded(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    data.loadOnce(REGISTRY, "sector-registries.json", root -> load(jdbc, root));
    // After the fines, and separately: a database that loaded the fines before these facts
    // existed gets them filled in on its next start.
    data.loadOnce(DECISIONS, "traffic-penalty-decisions.json", root -> loadDecisions(jdbc, root));
    return new SandboxTrafficFineRegistry(jdbc, new SandboxWrites(jdbc, transactions));
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> fines = new ArrayList<>();
    for (JsonNode f : root.path("trafficFines")) {
      fines.add(
          new Object[] {
            text(f, "decisionNo"),
            text(f, "plate"),
            text(f, "ownerPin"),
            text(f, "violation"),
            OffsetDateTime.parse(text(f, "detectedAt")),
            f.path("amountVnd").asLong(),
            f.path("paid").asBoolean(),
            date(f, "paidOn")
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_traffic_fine (decision_no, plate, owner_pin, violation, detected_at,"
            + " amount_vnd, paid, paid_on) values (?,?,?,?,?,?,?,?)",
        fines);
  }

  private static void loadDecisions(JdbcTemplate jdbc, JsonNode root) {
    for (JsonNode d : root.path("penaltyDecisions")) {
      int updated =
          jdbc.update(
              "update sandbox_traffic_fine set decided_on = ?, issuer_province_code = ?,"
                  + " issuer_name = ? where decision_no = ?",
              date(d, "decidedOn"),
              text(d.path("issuer"), "provinceCode"),
              text(d.path("issuer"), "name"),
              text(d, "decisionNo"));
      if (updated != 1) {
        throw new IllegalStateException(
            "Penalty decision " + text(d, "decisionNo") + " has no fine in the registry");
      }
    }
  }

  @Override
  public List<TrafficFine> finesOf(Pin owner) {
    return jdbc.query(
        FINE + " where owner_pin = ? order by detected_at, decision_no",
        SandboxTrafficFineRegistry::fine,
        owner.value());
  }

  @Override
  public List<TrafficFine> finesOfPlate(String plate) {
    return jdbc.query(
        FINE + " where plate = ? order by detected_at, decision_no",
        SandboxTrafficFineRegistry::fine,
        plate);
  }

  @Override
  public Optional<TrafficFine> findFine(String decisionNo) {
    return jdbc
        .query(FINE + " where decision_no = ?", SandboxTrafficFineRegistry::fine, decisionNo)
        .stream()
        .findFirst();
  }

  @Override
  public TrafficFine recordPayment(String decisionNo, LocalDate paidOn, IdempotencyKey key) {
    SandboxWrites.required(paidOn, "payment date");
    return writes.once(
        REGISTRY,
        key,
        () -> {
          TrafficFine fine =
              findFine(decisionNo)
                  .orElseThrow(
                      () -> new RegistryRecordNotFoundException(REGISTRY, "no such decision"));
          if (fine.paid()) {
            throw new RegistryRejectedRequestException(REGISTRY, 409, "the fine is already paid");
          }
          jdbc.update(
              "update sandbox_traffic_fine set paid = true, paid_on = ? where decision_no = ?",
              paidOn,
              decisionNo);
          return decisionNo;
        },
        reference -> findFine(reference).orElseThrow());
  }

  private static TrafficFine fine(ResultSet rs, int row) throws SQLException {
    return new TrafficFine(
        rs.getString("decision_no"),
        rs.getString("plate"),
        Pin.of(rs.getString("owner_pin")),
        rs.getString("violation"),
        rs.getObject("detected_at", OffsetDateTime.class),
        rs.getLong("amount_vnd"),
        rs.getBoolean("paid"),
        rs.getObject("paid_on", LocalDate.class),
        rs.getObject("decided_on", LocalDate.class),
        rs.getString("issuer_province_code") == null
            ? null
            : new IssuingAuthority(
                rs.getString("issuer_province_code"), rs.getString("issuer_name")));
  }
}
