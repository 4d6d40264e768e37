package vn.dvc.payment;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.api.Problems;
import vn.dvc.registry.payment.PaymentCallbackSignature;

/**
 * Where the payment platform posts its confirmations. No user signs in here: the signature over the
 * exact body is the authentication, so the body is read raw (not through a JSON converter that
 * would re-encode it) and verified before anything is parsed.
 */
@RestController
class PaymentCallbackController {

  static final String PATH = "/api/v1/payments/callbacks";

  private final PaymentCallbacks callbacks;

  PaymentCallbackController(PaymentCallbacks callbacks) {
    this.callbacks = callbacks;
  }

  @PostMapping(PATH)
  ResponseEntity<?> receive(
      HttpServletRequest request,
      @RequestHeader(name = PaymentCallbackSignature.TIMESTAMP_HEADER, required = false)
          String timestamp,
      @RequestHeader(name = PaymentCallbackSignature.SIGNATURE_HEADER, required = false)
          String signature)
      throws IOException {
    PaymentCallbacks.Answer answer = callbacks.receive(body(request), timestamp, signature);
    CallbackOutcome outcome = answer.outcome();
    if (outcome.status().is2xxSuccessful()) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("callbackId", answer.callbackId());
      body.put("outcome", outcome.name());
      body.put("detail", answer.detail());
      return ResponseEntity.ok()
          .header("Payment-Callback-Replayed", Boolean.toString(answer.replayed()))
          .contentType(MediaType.APPLICATION_JSON)
          .body(body);
    }
    ProblemDetail problem =
        Problems.of(
            outcome.status(),
            "payment-callback-" + outcome.name().toLowerCase().replace('_', '-'),
            title(outcome),
            answer.detail());
    problem.setProperty("outcome", outcome.name());
    if (answer.callbackId() != null) {
      problem.setProperty("callbackId", answer.callbackId());
    }
    var response = ResponseEntity.status(outcome.status());
    if (outcome.status().value() == 503) {
      response.header("Retry-After", "60");
    }
    return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** The body, or null when it is larger than a callback can be (read no further than that). */
  private static byte[] body(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > PaymentCallbacks.MAX_BODY_BYTES) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(PaymentCallbacks.MAX_BODY_BYTES + 1);
      return body.length > PaymentCallbacks.MAX_BODY_BYTES ? null : body;
    }
  }

  private static String title(CallbackOutcome outcome) {
    return switch (outcome) {
      case FORGED -> "Callback signature missing or wrong";
      case STALE -> "Callback timestamp outside the tolerance";
      case MALFORMED -> "Not a payment callback";
      case TOO_LARGE -> "Callback too large";
      case UNKNOWN_REQUEST -> "Unknown payment request";
      case DOSSIER_MISMATCH -> "Callback for another dossier";
      case NO_PROCESS_WAITING -> "No dossier waits for this payment yet";
      default -> "Callback not processed";
    };
  }
}
