package vn.dvc.registry.payment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.time.EngineClock;

/**
 * What happens to a request on the sandbox gateway, as a payer and the banks behind the platform
 * make it happen: paid (the amount asked, or another), one attempt declined, left to expire; and
 * each time the signed callback the real platform posts to our confirmation endpoint, which can be
 * resent exactly as sent (same callbackId and body), as a platform retry does.
 *
 * <p>The change and the callback to send commit together in their own transaction, before the
 * callback is posted: our endpoint reads a settled platform, and a callback whose post failed can
 * still be resent. The post itself holds no transaction or lock.
 */
@Component
@ConditionalOnProperty(
    prefix = "dvc.sandbox.server",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
class SandboxPaymentGateway {

  private static final Logger log = LoggerFactory.getLogger(SandboxPaymentGateway.class);
  private static final int MAX_FAILURE = 500;

  /** Something the platform does not do to a request in its state; the page says why. */
  static final class Refused extends RuntimeException {
    Refused(String reasonInVietnamese) {
      super(reasonInVietnamese);
    }
  }

  /** One post of a callback, as stored in {@code sandbox_payment_callback}. */
  record SentCallback(
      long id,
      PaymentCallback callback,
      String body,
      String timestamp,
      String signature,
      Instant sentAt,
      Integer answerStatus,
      String failure) {}

  /** The request after the action, and the callback posted for it. */
  record Outcome(PaymentRequest request, SentCallback sent) {}

  private record Locked(String dossierId, long amountVnd, PaymentState state, long lastSequence) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final ObjectMapper json;
  private final SandboxPaymentPlatformProperties properties;
  private final Environment environment;
  private final PaymentCallbackSignature signature;
  private final SandboxPaymentPlatform platform;
  private final RestClient http;

  SandboxPaymentGateway(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      ObjectMapper json,
      RestClient.Builder restClients,
      SandboxPaymentPlatformProperties properties,
      Environment environment) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.json = json;
    this.properties = properties;
    this.environment = environment;
    this.signature = new PaymentCallbackSignature(properties.callbackSecret());
    this.platform =
        new SandboxPaymentPlatform(jdbc, transactions, () -> properties.gatewayUrl(environment));
    JdkClientHttpRequestFactory requests =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder()
                .connectTimeout(properties.callbackTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
    requests.setReadTimeout(properties.callbackTimeout());
    this.http = restClients.requestFactory(requests).build();
  }

  Optional<PaymentRequest> request(String requestId) {
    return platform.findRequest(requestId);
  }

  /** The payer pays what was asked. */
  Outcome pay(String requestId) {
    return change(requestId, PaymentCallback.Event.PAID, null);
  }

  /** The payer pays another amount than asked: what our endpoint must not accept as the fee. */
  Outcome payAmount(String requestId, long amountVnd) {
    if (amountVnd <= 0) {
      throw new Refused("Số tiền thanh toán phải lớn hơn 0.");
    }
    return change(requestId, PaymentCallback.Event.PAID, amountVnd);
  }

  /** The payer's bank refuses this attempt; the request stays open for another one. */
  Outcome decline(String requestId) {
    return change(requestId, PaymentCallback.Event.DECLINED, null);
  }

  /** The request expires now, without waiting for its expiry time. */
  Outcome expire(String requestId) {
    return change(requestId, PaymentCallback.Event.EXPIRED, null);
  }

  /** Posts the request's last callback again: same callbackId and body, a fresh signature. */
  Outcome resend(String requestId) {
    SentCallback again =
        ownTransaction.execute(
            status -> {
              SentCallback last =
                  callbacksOf(requestId).stream()
                      .reduce((first, second) -> second)
                      .orElseThrow(
                          () ->
                              new Refused(
                                  "Nền tảng chưa gửi xác nhận nào cho yêu cầu này, không có gì"
                                      + " để gửi lại."));
              return store(last.callback(), last.body());
            });
    return new Outcome(platform.findRequest(requestId).orElseThrow(), post(again));
  }

  /** Every post of a callback for the request, oldest first. */
  List<SentCallback> callbacksOf(String requestId) {
    return jdbc.query(
        "select id, body, signed_timestamp, signature, sent_at, answer_status, failure"
            + " from sandbox_payment_callback where request_id = ? order by id",
        (rs, n) ->
            new SentCallback(
                rs.getLong("id"),
                parse(rs.getString("body")),
                rs.getString("body"),
                rs.getString("signed_timestamp"),
                rs.getString("signature"),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                rs.getObject("answer_status", Integer.class),
                rs.getString("failure")),
        requestId);
  }

  private Outcome change(String requestId, PaymentCallback.Event event, Long otherAmountVnd) {
    SentCallback prepared =
        ownTransaction.execute(
            status -> {
              Locked request = lock(requestId);
              if (request.state() != PaymentState.PENDING) {
                throw new Refused(refusal(event, request.state()));
              }
              Instant now = EngineClock.now();
              long sequence = request.lastSequence() + 1;
              long amount = otherAmountVnd != null ? otherAmountVnd : request.amountVnd();
              String transactionRef = null;
              switch (event) {
                case PAID -> {
                  transactionRef = "TXN-" + randomHex(20);
                  jdbc.update(
                      "update sandbox_payment_request set state = ?, paid_amount_vnd = ?,"
                          + " paid_at = ?, transaction_ref = ?, last_sequence = ?"
                          + " where request_id = ?",
                      PaymentState.PAID.name(),
                      amount,
                      utc(now),
                      transactionRef,
                      sequence,
                      requestId);
                }
                case DECLINED ->
                    jdbc.update(
                        "update sandbox_payment_request set last_sequence = ? where request_id = ?",
                        sequence,
                        requestId);
                case EXPIRED ->
                    jdbc.update(
                        "update sandbox_payment_request set state = ?, last_sequence = ?"
                            + " where request_id = ?",
                        PaymentState.EXPIRED.name(),
                        sequence,
                        requestId);
              }
              PaymentCallback callback =
                  new PaymentCallback(
                      "CB-" + randomHex(32),
                      requestId,
                      request.dossierId(),
                      event,
                      amount,
                      transactionRef,
                      now,
                      sequence);
              return store(callback, write(callback));
            });
    return new Outcome(platform.findRequest(requestId).orElseThrow(), post(prepared));
  }

  private Locked lock(String requestId) {
    return jdbc
        .query(
            "select dossier_id, amount_vnd, state, last_sequence from sandbox_payment_request"
                + " where request_id = ? for update",
            (rs, n) ->
                new Locked(
                    rs.getString("dossier_id"),
                    rs.getLong("amount_vnd"),
                    PaymentState.valueOf(rs.getString("state")),
                    rs.getLong("last_sequence")),
            requestId)
        .stream()
        .findFirst()
        .orElseThrow(
            () ->
                new RegistryRecordNotFoundException(
                    SandboxPaymentPlatform.REGISTRY, "no such request"));
  }

  private static String refusal(PaymentCallback.Event event, PaymentState state) {
    String now =
        switch (state) {
          case PAID -> "đã được thanh toán";
          case EXPIRED -> "đã hết hạn";
          case CANCELLED -> "đã bị hủy";
          case PENDING -> "đang chờ thanh toán";
        };
    return switch (event) {
      case PAID, DECLINED ->
          "Yêu cầu thanh toán này " + now + ": nền tảng không nhận tiền cho một yêu cầu đã đóng.";
      case EXPIRED -> "Yêu cầu thanh toán này " + now + ", không thể để hết hạn nữa.";
    };
  }

  /** Signs the body with the current time and stores the post about to be made. */
  private SentCallback store(PaymentCallback callback, String body) {
    Instant now = EngineClock.now();
    String timestamp = Long.toString(now.getEpochSecond());
    String signed = signature.sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          PreparedStatement insert =
              connection.prepareStatement(
                  "insert into sandbox_payment_callback (callback_id, request_id, sequence_no,"
                      + " event, body, signed_timestamp, signature, sent_at)"
                      + " values (?,?,?,?,?,?,?,?)",
                  new String[] {"id"});
          insert.setString(1, callback.callbackId());
          insert.setString(2, callback.requestId());
          insert.setLong(3, callback.sequence());
          insert.setString(4, callback.event().name());
          insert.setString(5, body);
          insert.setString(6, timestamp);
          insert.setString(7, signed);
          insert.setObject(8, utc(now));
          return insert;
        },
        key);
    return new SentCallback(
        key.getKey().longValue(), callback, body, timestamp, signed, now, null, null);
  }

  /** Posts the stored callback, bytes as stored, and records the answer's status. */
  private SentCallback post(SentCallback sent) {
    Integer status = null;
    String failure = null;
    try {
      status =
          http.post()
              .uri(URI.create(properties.callbackUrl(environment)))
              .contentType(MediaType.APPLICATION_JSON)
              .header(PaymentCallbackSignature.TIMESTAMP_HEADER, sent.timestamp())
              .header(PaymentCallbackSignature.SIGNATURE_HEADER, sent.signature())
              .body(sent.body().getBytes(StandardCharsets.UTF_8))
              .exchange((request, response) -> response.getStatusCode().value());
      log.info(
          "Sandbox payment platform: callback {} ({}, sequence {}) of request {} answered {}",
          sent.callback().callbackId(),
          sent.callback().event(),
          sent.callback().sequence(),
          sent.callback().requestId(),
          status);
    } catch (RestClientException e) {
      failure = e.getClass().getSimpleName() + ": " + e.getMessage();
      failure = failure.length() > MAX_FAILURE ? failure.substring(0, MAX_FAILURE) : failure;
      log.warn(
          "Sandbox payment platform: callback {} of request {} not delivered: {}",
          sent.callback().callbackId(),
          sent.callback().requestId(),
          failure);
    }
    jdbc.update(
        "update sandbox_payment_callback set answer_status = ?, failure = ? where id = ?",
        status,
        failure,
        sent.id());
    return new SentCallback(
        sent.id(),
        sent.callback(),
        sent.body(),
        sent.timestamp(),
        sent.signature(),
        sent.sentAt(),
        status,
        failure);
  }

  private String write(PaymentCallback callback) {
    try {
      return json.writeValueAsString(callback);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A payment callback is plain JSON", e);
    }
  }

  private PaymentCallback parse(String body) {
    try {
      return json.readValue(body, PaymentCallback.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The sandbox stored a callback it cannot read", e);
    }
  }

  private static String randomHex(int length) {
    return UUID.randomUUID()
        .toString()
        .replace("-", "")
        .substring(0, length)
        .toUpperCase(Locale.ROOT);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
