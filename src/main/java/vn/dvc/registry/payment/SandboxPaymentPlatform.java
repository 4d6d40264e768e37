package vn.dvc.registry.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxWrites;
import vn.dvc.time.EngineClock;

/**
 * The payment platform on its sandbox tables. Requests are paid, declined or left to expire through
 * the sandbox gateway page, which then calls our confirmation endpoint as the real platform does.
 */
final class SandboxPaymentPlatform implements PaymentPlatform {

  static final String REGISTRY = "payment-platform";

  private static final String REQUEST =
      "select request_id, dossier_id, amount_vnd, payer_pin, description, state, expires_at,"
          + " paid_amount_vnd, paid_at, transaction_ref from sandbox_payment_request";

  private final JdbcTemplate jdbc;
  private final SandboxWrites writes;
  private final Supplier<String> gatewayUrl;

  /**
   * @param gatewayUrl where the sandbox gateway page answers, without a trailing slash; a request's
   *     pay address is this followed by {@code /pay/<requestId>}. Asked at each use: in tests it
   *     names a port known only once the server runs.
   */
  SandboxPaymentPlatform(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, Supplier<String> gatewayUrl) {
    this.jdbc = jdbc;
    this.writes = new SandboxWrites(jdbc, transactions);
    this.gatewayUrl = gatewayUrl;
  }

  @Override
  public PaymentRequest requestPayment(NewPaymentRequest request, IdempotencyKey key) {
    return writes.once(REGISTRY, key, () -> insert(request), id -> findRequest(id).orElseThrow());
  }

  private String insert(NewPaymentRequest request) {
    String requestId =
        "PAY-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
    jdbc.update(
        "insert into sandbox_payment_request (request_id, dossier_id, amount_vnd, payer_pin,"
            + " description, state, expires_at, created_at, last_sequence)"
            + " values (?,?,?,?,?,?,?,?,0)",
        requestId,
        request.dossierId(),
        request.amountVnd(),
        request.payerPin().value(),
        request.description(),
        PaymentState.PENDING.name(),
        utc(request.expiresAt()),
        utc(EngineClock.now()));
    return requestId;
  }

  @Override
  public Optional<PaymentRequest> findRequest(String requestId) {
    return jdbc.query(REQUEST + " where request_id = ?", this::request, requestId).stream()
        .findFirst();
  }

  @Override
  public PaymentRequest cancel(String requestId, IdempotencyKey key) {
    return writes.once(
        REGISTRY,
        key,
        () -> {
          PaymentRequest request =
              findRequest(requestId)
                  .orElseThrow(
                      () -> new RegistryRecordNotFoundException(REGISTRY, "no such request"));
          if (request.state() == PaymentState.PAID) {
            throw new RegistryRejectedRequestException(REGISTRY, 409, "the request is paid");
          }
          jdbc.update(
              "update sandbox_payment_request set state = ? where request_id = ? and state = ?",
              PaymentState.CANCELLED.name(),
              requestId,
              PaymentState.PENDING.name());
          return requestId;
        },
        id -> findRequest(id).orElseThrow());
  }

  @Override
  public PaymentStatement statement(LocalDate day) {
    Instant from = day.atStartOfDay(EngineClock.VIETNAM).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(EngineClock.VIETNAM).toInstant();
    return new PaymentStatement(
        day,
        jdbc.query(
            "select request_id, dossier_id, transaction_ref, paid_amount_vnd, paid_at"
                + " from sandbox_payment_request where state = ? and paid_at >= ? and paid_at < ?"
                + " order by paid_at, request_id",
            (rs, n) ->
                new PaymentStatement.Line(
                    rs.getString("request_id"),
                    rs.getString("dossier_id"),
                    rs.getString("transaction_ref"),
                    rs.getLong("paid_amount_vnd"),
                    rs.getObject("paid_at", OffsetDateTime.class).toInstant()),
            PaymentState.PAID.name(),
            utc(from),
            utc(to)));
  }

  private PaymentRequest request(ResultSet rs, int row) throws SQLException {
    String requestId = rs.getString("request_id");
    OffsetDateTime paidAt = rs.getObject("paid_at", OffsetDateTime.class);
    Long paidAmount = rs.getObject("paid_amount_vnd", Long.class);
    return new PaymentRequest(
        requestId,
        rs.getString("dossier_id"),
        rs.getLong("amount_vnd"),
        Pin.of(rs.getString("payer_pin")),
        rs.getString("description"),
        PaymentState.valueOf(rs.getString("state")),
        gatewayUrl.get() + "/pay/" + requestId,
        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
        paidAmount,
        paidAt == null ? null : paidAt.toInstant(),
        rs.getString("transaction_ref"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
