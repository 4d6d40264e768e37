package vn.dvc.registry.socialinsurance;

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
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxWrites;
import vn.dvc.time.EngineClock;

/**
 * The social-insurance registry on its sandbox tables. The sandbox data knows only the
 * unemployment-insurance contributions of the last 24 months, so the sandbox answers those as a
 * person's months of social-insurance contributions (someone insured against unemployment is
 * socially insured too; the real registry holds the whole career, hence more months). It holds no
 * pensioners: tests and the demo add them through {@link #addPensioner}.
 */
final class SandboxSocialInsuranceRegistry implements SocialInsuranceRegistry {

  static final String REGISTRY = "social-insurance";

  private static final String ALLOWANCE =
      "select decision_no, deceased_pin, beneficiary_pin, amount_vnd, granted_on"
          + " from sandbox_funeral_allowance";

  private final JdbcTemplate jdbc;
  private final SandboxWrites writes;
  private final RandomGenerator random = new SecureRandom();

  private SandboxSocialInsuranceRegistry(JdbcTemplate jdbc, SandboxWrites writes) {
    this.jdbc = jdbc;
    this.writes = writes;
  }

  /** The registry, its table loaded from the sandbox data first if this database has none. */
  static SandboxSocialInsuranceRegistry loaded(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, SandboxData data) {
    data.loadOnce(REGISTRY, "sector-registries.json", root -> load(jdbc, root));
    return new SandboxSocialInsuranceRegistry(jdbc, new SandboxWrites(jdbc, transactions));
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> records = new ArrayList<>();
    for (JsonNode r : root.path("unemploymentInsurance")) {
      records.add(
          new Object[] {
            text(r, "pin"),
            text(r, "socialInsuranceNo"),
            text(r, "employer"),
            r.path("unemploymentInsuranceMonthsLast24").asInt(),
            date(r, "contractEndedOn"),
            r.path("averageMonthlySalaryVnd").asLong()
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_unemployment_insurance (pin, social_insurance_no, employer,"
            + " months_last_24, contract_ended_on, average_monthly_salary_vnd)"
            + " values (?,?,?,?,?,?)",
        records);
  }

  @Override
  public Optional<UnemploymentInsuranceRecord> unemploymentInsuranceOf(Pin insured) {
    return jdbc
        .query(
            "select pin, social_insurance_no, employer, months_last_24, contract_ended_on,"
                + " average_monthly_salary_vnd from sandbox_unemployment_insurance where pin = ?",
            this::record,
            insured.value())
        .stream()
        .findFirst();
  }

  private UnemploymentInsuranceRecord record(ResultSet rs, int row) throws SQLException {
    return new UnemploymentInsuranceRecord(
        Pin.of(rs.getString("pin")),
        rs.getString("social_insurance_no"),
        rs.getString("employer"),
        rs.getInt("months_last_24"),
        rs.getObject("contract_ended_on", LocalDate.class),
        rs.getLong("average_monthly_salary_vnd"));
  }

  @Override
  public Optional<SocialInsuranceHistory> historyOf(Pin insured) {
    Optional<UnemploymentInsuranceRecord> contributions = unemploymentInsuranceOf(insured);
    Optional<Pensioner> pension =
        jdbc
            .query(
                "select pin, social_insurance_no, pension_from from sandbox_pensioner where pin = ?",
                (rs, row) ->
                    new Pensioner(
                        Pin.of(rs.getString("pin")),
                        rs.getString("social_insurance_no"),
                        rs.getObject("pension_from", LocalDate.class)),
                insured.value())
            .stream()
            .findFirst();
    if (contributions.isEmpty() && pension.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SocialInsuranceHistory(
            insured,
            contributions
                .map(UnemploymentInsuranceRecord::socialInsuranceNo)
                .orElseGet(() -> pension.get().socialInsuranceNo()),
            contributions.map(UnemploymentInsuranceRecord::contributionMonthsLast24).orElse(0),
            pension.isPresent(),
            pension.map(Pensioner::pensionFrom).orElse(null)));
  }

  @Override
  public FuneralAllowance grantFuneralAllowance(FuneralAllowanceGrant grant, IdempotencyKey key) {
    SandboxWrites.required(grant.deceased(), "deceased");
    SandboxWrites.required(grant.beneficiary(), "beneficiary");
    if (grant.amountVnd() <= 0) {
      throw new IllegalArgumentException("the amount of an allowance is positive");
    }
    return writes.once(REGISTRY, key, () -> insert(grant), this::allowance);
  }

  /**
   * Sandbox only, not the port: the real registry knows its pensioners. A PIN already a pensioner
   * throws {@link org.springframework.dao.DuplicateKeyException}.
   */
  void addPensioner(Pensioner pensioner) {
    jdbc.update(
        "insert into sandbox_pensioner (pin, social_insurance_no, pension_from) values (?,?,?)",
        SandboxWrites.required(pensioner.pin(), "pin").value(),
        SandboxWrites.required(pensioner.socialInsuranceNo(), "social insurance number"),
        SandboxWrites.required(pensioner.pensionFrom(), "pension start"));
  }

  private String insert(FuneralAllowanceGrant grant) {
    List<String> earlier =
        jdbc.queryForList(
            "select decision_no from sandbox_funeral_allowance where deceased_pin = ?",
            String.class,
            grant.deceased().value());
    if (!earlier.isEmpty()) {
      throw new RegistryRejectedRequestException(
          REGISTRY,
          409,
          "the funeral allowance for this person was already granted by decision "
              + earlier.get(0));
    }
    LocalDate today = EngineClock.today();
    String decisionNo = newDecisionNo(today.getYear());
    jdbc.update(
        "insert into sandbox_funeral_allowance (decision_no, deceased_pin, beneficiary_pin,"
            + " amount_vnd, granted_on) values (?,?,?,?,?)",
        decisionNo,
        grant.deceased().value(),
        grant.beneficiary().value(),
        grant.amountVnd(),
        today);
    return decisionNo;
  }

  /** MT (mai táng), the year, six digits; drawn until unused, as the registry numbers uniquely. */
  private String newDecisionNo(int year) {
    while (true) {
      String decisionNo = "MT-" + year + "-" + String.format("%06d", random.nextInt(1_000_000));
      Integer used =
          jdbc.queryForObject(
              "select count(*) from sandbox_funeral_allowance where decision_no = ?",
              Integer.class,
              decisionNo);
      if (used == null || used == 0) {
        return decisionNo;
      }
    }
  }

  private FuneralAllowance allowance(String decisionNo) {
    return jdbc
        .query(
            ALLOWANCE + " where decision_no = ?",
            (rs, row) ->
                new FuneralAllowance(
                    rs.getString("decision_no"),
                    Pin.of(rs.getString("deceased_pin")),
                    Pin.of(rs.getString("beneficiary_pin")),
                    rs.getLong("amount_vnd"),
                    rs.getObject("granted_on", LocalDate.class)),
            decisionNo)
        .stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("A granted allowance is missing"));
  }
}
