package vn.dvc.payment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.dossier.DossierTexts;
import vn.dvc.money.Vnd;
import vn.dvc.registry.payment.PaymentCallback;
import vn.dvc.registry.payment.PaymentCallbackSignature;
import vn.dvc.time.EngineClock;

/**
 * The payment platform's confirmations: verified, logged, and applied to the ledger and the
 * dossier's process at most once. A callback that settles the ledger correlates the process's
 * message in the same transaction, so the ledger never says paid while the dossier stands still.
 */
@Service
class PaymentCallbacks {

  static final String PAYMENT_CONFIRMED = "PaymentConfirmed";
  static final String PAYMENT_AMOUNT_DIFFERS = "PaymentAmountDiffers";
  static final String REQUEST_ID_VARIABLE = "paymentRequestId";
  static final String PAID_AMOUNT_VARIABLE = "paidAmountVnd";

  /** No callback of the platform comes near this; anything larger is not one. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final Logger log = LoggerFactory.getLogger(PaymentCallbacks.class);
  private static final DateTimeFormatter VIETNAMESE_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(EngineClock.VIETNAM);

  /** What the endpoint answers. */
  record Answer(CallbackOutcome outcome, String callbackId, String detail, boolean replayed) {}

  private final PaymentCallbackSignature signature;
  private final Duration tolerance;
  private final ObjectReader reader;
  private final CallbackLog callbacks;
  private final PaymentLedger ledger;
  private final DossierRepository dossiers;
  private final DossierTexts texts;
  private final RuntimeService runtime;
  private final TransactionTemplate transaction;

  PaymentCallbacks(
      PaymentsProperties properties,
      ObjectMapper json,
      CallbackLog callbacks,
      PaymentLedger ledger,
      DossierRepository dossiers,
      RuntimeService runtime,
      TransactionTemplate transaction,
      DossierTexts texts) {
    this.texts = texts;
    this.signature = new PaymentCallbackSignature(properties.callbackSecret());
    this.tolerance = properties.callbackTolerance();
    this.reader = strict(json).readerFor(PaymentCallback.class);
    this.callbacks = callbacks;
    this.ledger = ledger;
    this.dossiers = dossiers;
    this.runtime = runtime;
    this.transaction = transaction;
  }

  /**
   * Reads a callback as the platform sends it, the body being exactly the bytes signed. {@code
   * body} is null when it was larger than {@link #MAX_BODY_BYTES}.
   */
  Answer receive(byte[] body, String timestamp, String signatureHeader) {
    if (body == null) {
      return refused(null, CallbackOutcome.TOO_LARGE, "Body larger than 64 KB", "");
    }
    String sha = sha256(body);
    if (!signature.verifies(timestamp, body, signatureHeader)) {
      // Not keyed by anything the sender claims: a forger must not be able to take a callbackId.
      return refused(
          null,
          CallbackOutcome.FORGED,
          signatureHeader == null ? "No signature" : "The signature does not verify",
          sha);
    }
    Instant signedAt;
    try {
      signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return refused(null, CallbackOutcome.STALE, "Timestamp is not epoch seconds", sha);
    }
    Duration age = Duration.between(signedAt, EngineClock.now()).abs();
    if (age.compareTo(tolerance) > 0) {
      return refused(
          null,
          CallbackOutcome.STALE,
          "Signed at " + signedAt + ", outside the tolerance of " + tolerance,
          sha);
    }
    PaymentCallback callback;
    try {
      callback = parse(body);
    } catch (IOException | IllegalArgumentException e) {
      return refused(null, CallbackOutcome.MALFORMED, "Not a payment callback: " + message(e), sha);
    }
    try (var mdc = MDC.putCloseable("dossierId", callback.dossierId())) {
      return apply(callback, sha);
    }
  }

  private Answer apply(PaymentCallback callback, String sha) {
    try {
      return transaction.execute(status -> process(callback, sha));
    } catch (NoProcessWaiting e) {
      log.warn(
          "Payment callback {} for request {}: the ledger awaits it but no process waits for {};"
              + " rolled back, the platform will retry",
          callback.callbackId(),
          callback.requestId(),
          e.message);
      return refused(
          callback,
          CallbackOutcome.NO_PROCESS_WAITING,
          "No process waits for " + e.message + " of request " + callback.requestId(),
          sha);
    } catch (DuplicateKeyException raced) {
      // The same event processed at the same moment by another request (or node): answer as it.
      return transaction.execute(
          status ->
              callbacks
                  .processed(callback.callbackId())
                  .map(first -> duplicate(callback, first, sha))
                  .orElseThrow(() -> raced));
    } catch (RuntimeException e) {
      log.error(
          "Payment callback {} for request {} failed; rolled back, the platform will retry",
          callback.callbackId(),
          callback.requestId(),
          e);
      return refused(callback, CallbackOutcome.FAILED, "Processing failed: " + message(e), sha);
    }
  }

  /** In one transaction: the ledger row is locked, so two callbacks of a request take turns. */
  private Answer process(PaymentCallback callback, String sha) {
    var locked = ledger.lock(callback.requestId());
    if (locked.isEmpty()) {
      return logged(
          callback,
          CallbackOutcome.UNKNOWN_REQUEST,
          "No payment request " + callback.requestId() + " in the ledger",
          sha);
    }
    LedgerEntry entry = locked.get();
    var first = callbacks.processed(callback.callbackId());
    if (first.isPresent()) {
      return duplicate(callback, first.get(), sha);
    }
    if (!entry.dossierId().equals(callback.dossierId())) {
      return logged(
          callback,
          CallbackOutcome.DOSSIER_MISMATCH,
          "Request " + entry.requestId() + " is for dossier " + entry.dossierId(),
          sha);
    }
    switch (entry.state()) {
      case PAID, AMOUNT_MISMATCH -> {
        return logged(
            callback,
            CallbackOutcome.OUT_OF_ORDER,
            "The request is already settled (" + entry.state() + "); nothing changes",
            sha);
      }
      case EXPIRED, CANCELLED -> {
        return logged(
            callback,
            CallbackOutcome.LATE,
            callback.event()
                + " after the request was "
                + entry.state()
                + "; nothing changes, the reconciliation lists it",
            sha);
      }
      case AWAITING -> {}
    }
    var highest = callbacks.highestSequence(entry.requestId());
    if (highest.isPresent() && callback.sequence() <= highest.get()) {
      return logged(
          callback,
          CallbackOutcome.OUT_OF_ORDER,
          "Sequence "
              + callback.sequence()
              + " is not above "
              + highest.get()
              + ", already seen; nothing changes",
          sha);
    }
    return switch (callback.event()) {
      case PAID ->
          callback.amountVnd() == entry.amountVnd()
              ? paid(callback, entry, sha)
              : amountDiffers(callback, entry, sha);
      case DECLINED -> declined(callback, entry, sha);
      case EXPIRED ->
          logged(
              callback,
              CallbackOutcome.EXPIRED_AT_PLATFORM,
              "The platform expired the request; the dossier's own deadline decides",
              sha);
    };
  }

  private Answer paid(PaymentCallback callback, LedgerEntry entry, String sha) {
    settle(callback, LedgerState.PAID);
    dossiers.addEvent(
        entry.dossierId(),
        "PAYMENT_RECEIVED",
        texts.vietnamese(
            "timeline.payment-received",
            Vnd.format(callback.amountVnd()),
            String.valueOf(callback.transactionRef())));
    correlate(PAYMENT_CONFIRMED, entry, Map.of());
    log.info(
        "Payment request {} of dossier {} paid: {}",
        entry.requestId(),
        entry.dossierId(),
        Vnd.format(callback.amountVnd()));
    return logged(callback, CallbackOutcome.SETTLED_PAID, "Paid " + callback.amountVnd(), sha);
  }

  private Answer amountDiffers(PaymentCallback callback, LedgerEntry entry, String sha) {
    settle(callback, LedgerState.AMOUNT_MISMATCH);
    dossiers.addEvent(
        entry.dossierId(),
        "PAYMENT_AMOUNT_DIFFERS",
        texts.vietnamese(
            "timeline.payment-amount-differs",
            Vnd.format(callback.amountVnd()),
            Vnd.format(entry.amountVnd()),
            String.valueOf(callback.transactionRef())));
    correlate(PAYMENT_AMOUNT_DIFFERS, entry, Map.of(PAID_AMOUNT_VARIABLE, callback.amountVnd()));
    log.warn(
        "Payment request {} of dossier {} paid {} instead of {}: not accepted, to an officer",
        entry.requestId(),
        entry.dossierId(),
        callback.amountVnd(),
        entry.amountVnd());
    return logged(
        callback,
        CallbackOutcome.SETTLED_AMOUNT_DIFFERS,
        "Paid " + callback.amountVnd() + " instead of " + entry.amountVnd(),
        sha);
  }

  private void settle(PaymentCallback callback, LedgerState state) {
    if (!ledger.settle(
        callback.requestId(),
        state,
        callback.amountVnd(),
        callback.occurredAt(),
        callback.transactionRef())) {
      // The row is locked and was AWAITING: settling cannot miss unless the ledger changed rules.
      throw new IllegalStateException("Request " + callback.requestId() + " was not AWAITING");
    }
  }

  private void correlate(String message, LedgerEntry entry, Map<String, Object> variables) {
    try {
      runtime
          .createMessageCorrelation(message)
          .processInstanceBusinessKey(entry.dossierId())
          .processInstanceVariableEquals(REQUEST_ID_VARIABLE, entry.requestId())
          .setVariables(variables)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new NoProcessWaiting(message);
    }
  }

  private Answer declined(PaymentCallback callback, LedgerEntry entry, String sha) {
    String until = VIETNAMESE_TIME.format(entry.deadline());
    dossiers.addEvent(
        entry.dossierId(),
        "PAYMENT_DECLINED",
        texts.vietnamese("timeline.payment-declined", Vnd.format(entry.amountVnd()), until));
    DossierRepository.DossierSummary dossier =
        dossiers
            .summary(entry.dossierId())
            .orElseThrow(() -> new IllegalStateException("No dossier " + entry.dossierId()));
    // Through the notify-citizen block, as status changes are: sent when this commits, with
    // retries, keyed on its business key. The payer is told: it was their attempt.
    runtime.startProcessInstanceByKey(
        "notify-citizen",
        entry.dossierId() + ":PAYMENT_DECLINED:" + callback.occurredAt().toEpochMilli(),
        Map.of(
            "dossierId", entry.dossierId(),
            "procedureKey", dossier.procedureKey(),
            "recipientPin", entry.payerPin(),
            "status", dossier.status().name(),
            "message",
                "Hồ sơ "
                    + entry.dossierId()
                    + ": lần thanh toán "
                    + Vnd.format(entry.amountVnd())
                    + " không thành công (ngân hàng hoặc ví điện tử từ chối). Yêu cầu thanh toán"
                    + " vẫn còn hiệu lực đến "
                    + until
                    + "; vui lòng thanh toán lại trên Cổng Dịch vụ công.",
            "communeCode", dossier.communeCode()));
    log.info(
        "Payment attempt on request {} declined; still open until {}", entry.requestId(), until);
    return logged(callback, CallbackOutcome.DECLINED, "Attempt declined; request open", sha);
  }

  private Answer duplicate(PaymentCallback callback, CallbackLog.Entry first, String sha) {
    callbacks.record(
        callback, CallbackOutcome.DUPLICATE, "Same callbackId as log entry " + first.id(), sha);
    log.info(
        "Payment callback {} received again; answered as the first time ({})",
        callback.callbackId(),
        first.outcome());
    return new Answer(first.outcome(), callback.callbackId(), first.detail(), true);
  }

  private Answer logged(
      PaymentCallback callback, CallbackOutcome outcome, String detail, String sha) {
    callbacks.record(callback, outcome, detail, sha);
    if (outcome != CallbackOutcome.SETTLED_PAID
        && outcome != CallbackOutcome.SETTLED_AMOUNT_DIFFERS) {
      log.info(
          "Payment callback {} for request {}: {} — {}",
          callback.callbackId(),
          callback.requestId(),
          outcome,
          detail);
    }
    return new Answer(outcome, callback.callbackId(), detail, false);
  }

  /** Logs a callback refused before (or rolled back from) processing, in its own transaction. */
  private Answer refused(
      PaymentCallback callback, CallbackOutcome outcome, String detail, String sha) {
    transaction.executeWithoutResult(status -> callbacks.record(callback, outcome, detail, sha));
    if (callback == null) {
      log.warn("Payment callback refused: {} — {}", outcome, detail);
    }
    return new Answer(outcome, callback == null ? null : callback.callbackId(), detail, false);
  }

  private PaymentCallback parse(byte[] body) throws IOException {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the body is not UTF-8");
    }
    PaymentCallback callback = reader.readValue(body);
    require(callback.callbackId(), "callbackId", 100);
    require(callback.requestId(), "requestId", 40);
    require(callback.dossierId(), "dossierId", 40);
    if (callback.event() == null) {
      throw new IllegalArgumentException("event is missing");
    }
    if (callback.occurredAt() == null) {
      throw new IllegalArgumentException("occurredAt is missing");
    }
    if (callback.amountVnd() <= 0) {
      throw new IllegalArgumentException("amountVnd is a positive whole number of đồng");
    }
    if (callback.sequence() < 0) {
      throw new IllegalArgumentException("sequence is not negative");
    }
    if (callback.event() == PaymentCallback.Event.PAID) {
      require(callback.transactionRef(), "transactionRef", 40);
    } else if (callback.transactionRef() != null && callback.transactionRef().length() > 40) {
      throw new IllegalArgumentException("transactionRef has at most 40 characters");
    }
    return callback;
  }

  private static void require(String value, String field, int maxLength) {
    if (value == null || value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(field + " has 1 to " + maxLength + " characters");
    }
  }

  /**
   * The callback exactly as specified: every field present, no unknown field, no key twice, no
   * number written as a string or a fraction, no trailing content.
   */
  private static ObjectMapper strict(ObjectMapper json) {
    ObjectMapper strict =
        json.copy()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    strict
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return strict;
  }

  private static String message(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int line = message.indexOf('\n');
    return line < 0 ? message : message.substring(0, line);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Thrown to roll the transaction back when no process waits for the message. */
  private static final class NoProcessWaiting extends RuntimeException {
    final String message;

    NoProcessWaiting(String message) {
      super("No process waits for " + message, null, false, false);
      this.message = message;
    }
  }
}
