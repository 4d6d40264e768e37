package vn.dvc.registry.payment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;
import vn.dvc.money.Vnd;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.sandbox.SandboxEndpoint;
import vn.dvc.time.EngineClock;

/**
 * The sandbox gateway page where the demo citizen pays (the address a request's {@code payUrl}
 * names), in Vietnamese and in plain HTML forms: it works without JavaScript and a browser test
 * clicks its buttons. Every action answers a page saying what was done and what our confirmation
 * endpoint answered, with a link back.
 */
@SandboxEndpoint
@RequestMapping(
    value = "/sandbox/payment-platform/gateway/pay/{requestId}",
    produces = MediaType.TEXT_HTML_VALUE)
class SandboxPaymentGatewayController {

  private static final DateTimeFormatter VIETNAMESE_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(EngineClock.VIETNAM);

  private final SandboxPaymentGateway gateway;

  SandboxPaymentGatewayController(SandboxPaymentGateway gateway) {
    this.gateway = gateway;
  }

  @GetMapping
  ResponseEntity<String> page(@PathVariable String requestId) {
    return gateway
        .request(requestId)
        .map(request -> html(HttpStatus.OK, "Cổng thanh toán", paymentPage(request)))
        .orElseGet(() -> notFound());
  }

  @PostMapping("/pay")
  ResponseEntity<String> pay(@PathVariable String requestId) {
    return act(requestId, () -> gateway.pay(requestId), "Đã thanh toán");
  }

  @PostMapping("/pay-other-amount")
  ResponseEntity<String> payOtherAmount(
      @PathVariable String requestId, @RequestParam(defaultValue = "") String amountVnd) {
    // People write 4.024.000 or 4 024 000 ₫ as well as 4024000.
    String digits = amountVnd.replaceAll("[.\\s₫đ]", "");
    if (!digits.matches("\\d{1,15}")) {
      return html(
          HttpStatus.BAD_REQUEST,
          "Số tiền không hợp lệ",
          "<h1>Số tiền không hợp lệ</h1><p>Nhập số tiền bằng đồng, ví dụ 4024000.</p>"
              + back(requestId));
    }
    long amount = Long.parseLong(digits);
    return act(requestId, () -> gateway.payAmount(requestId, amount), "Đã thanh toán");
  }

  @PostMapping("/decline")
  ResponseEntity<String> decline(@PathVariable String requestId) {
    return act(requestId, () -> gateway.decline(requestId), "Giao dịch bị từ chối");
  }

  @PostMapping("/expire")
  ResponseEntity<String> expire(@PathVariable String requestId) {
    return act(requestId, () -> gateway.expire(requestId), "Yêu cầu đã hết hạn");
  }

  @PostMapping("/resend")
  ResponseEntity<String> resend(@PathVariable String requestId) {
    return act(requestId, () -> gateway.resend(requestId), "Đã gửi lại xác nhận");
  }

  private ResponseEntity<String> act(
      String requestId, Supplier<SandboxPaymentGateway.Outcome> action, String title) {
    SandboxPaymentGateway.Outcome outcome;
    try {
      outcome = action.get();
    } catch (RegistryRecordNotFoundException e) {
      return notFound();
    } catch (SandboxPaymentGateway.Refused e) {
      return html(
          HttpStatus.CONFLICT,
          "Không thực hiện được",
          "<h1>Không thực hiện được</h1><p id=\"refusal\">"
              + text(e.getMessage())
              + "</p>"
              + back(requestId));
    }
    PaymentCallback callback = outcome.sent().callback();
    StringBuilder page = new StringBuilder();
    page.append("<h1>").append(text(title)).append("</h1>");
    page.append("<dl>");
    row(page, "Trạng thái yêu cầu", "state", stateLabel(outcome.request().state()));
    row(page, "Sự kiện", "event", eventLabel(callback.event()));
    row(page, "Số tiền", "amount", Vnd.format(callback.amountVnd()));
    if (callback.transactionRef() != null) {
      row(page, "Mã giao dịch", "transaction-ref", callback.transactionRef());
    }
    row(page, "Mã xác nhận", "callback-id", callback.callbackId());
    row(page, "Số thứ tự sự kiện", "sequence", Long.toString(callback.sequence()));
    SandboxPaymentGateway.SentCallback sent = outcome.sent();
    row(
        page,
        "Trả lời của cổng dịch vụ công",
        "answer",
        sent.answerStatus() != null
            ? "HTTP " + sent.answerStatus()
            : "không gửi được (" + sent.failure() + ")");
    page.append("</dl>").append(back(requestId));
    return html(HttpStatus.OK, title, page.toString());
  }

  private static String paymentPage(PaymentRequest request) {
    StringBuilder page = new StringBuilder();
    page.append("<h1>Thanh toán phí, lệ phí dịch vụ công</h1>");
    page.append("<p class=\"note\">Cổng thanh toán thử nghiệm: không có tiền thật.</p>");
    page.append("<dl>");
    row(page, "Nội dung", "description", request.description());
    row(page, "Mã hồ sơ", "dossier", request.dossierId());
    row(page, "Mã yêu cầu thanh toán", "request-id", request.requestId());
    row(page, "Số tiền", "amount", Vnd.format(request.amountVnd()));
    row(page, "Hạn thanh toán", "expires-at", time(request.expiresAt()));
    row(page, "Trạng thái", "state", stateLabel(request.state()));
    if (request.paidAmountVnd() != null) {
      row(page, "Số tiền đã trả", "paid-amount", Vnd.format(request.paidAmountVnd()));
    }
    if (request.paidAt() != null) {
      row(page, "Thời điểm thanh toán", "paid-at", time(request.paidAt()));
    }
    if (request.transactionRef() != null) {
      row(page, "Mã giao dịch", "transaction-ref", request.transactionRef());
    }
    page.append("</dl>");
    String self = UriUtils.encodePathSegment(request.requestId(), "UTF-8");
    if (request.state() == PaymentState.PENDING) {
      page.append(button(self + "/pay", "Thanh toán"));
      page.append("<form method=\"post\" action=\"")
          .append(self)
          .append("/pay-other-amount\">")
          .append("<label for=\"amountVnd\">Số tiền khác (đồng)</label> ")
          .append("<input id=\"amountVnd\" name=\"amountVnd\" type=\"number\" min=\"1\"")
          .append(" step=\"1\" required> ")
          .append("<button type=\"submit\">Thanh toán số tiền khác</button></form>");
      page.append(button(self + "/decline", "Từ chối giao dịch"));
      page.append(button(self + "/expire", "Để hết hạn"));
    } else {
      page.append("<p>Yêu cầu này đã đóng: không thể thanh toán.</p>");
    }
    // Also once closed: a platform keeps retrying its last callback until the merchant answers.
    page.append(button(self + "/resend", "Gửi lại xác nhận"));
    return page.toString();
  }

  private static String button(String action, String label) {
    return "<form method=\"post\" action=\""
        + text(action)
        + "\"><button type=\"submit\">"
        + text(label)
        + "</button></form>";
  }

  private static void row(StringBuilder page, String label, String id, String value) {
    page.append("<dt>")
        .append(text(label))
        .append("</dt><dd id=\"")
        .append(id)
        .append("\">")
        .append(text(value))
        .append("</dd>");
  }

  /** The link back from an action's page (…/pay/{id}/{action}) to the request's page. */
  private static String back(String requestId) {
    return "<p><a href=\"../"
        + text(UriUtils.encodePathSegment(requestId, "UTF-8"))
        + "\">Quay lại trang thanh toán</a></p>";
  }

  private ResponseEntity<String> notFound() {
    return html(
        HttpStatus.NOT_FOUND,
        "Không tìm thấy",
        "<h1>Không tìm thấy yêu cầu thanh toán</h1>"
            + "<p>Địa chỉ thanh toán không đúng hoặc yêu cầu không còn.</p>");
  }

  private static String stateLabel(PaymentState state) {
    return switch (state) {
      case PENDING -> "Chờ thanh toán";
      case PAID -> "Đã thanh toán";
      case EXPIRED -> "Đã hết hạn";
      case CANCELLED -> "Đã hủy";
    };
  }

  private static String eventLabel(PaymentCallback.Event event) {
    return switch (event) {
      case PAID -> "Thanh toán thành công";
      case DECLINED -> "Ngân hàng từ chối giao dịch";
      case EXPIRED -> "Hết hạn thanh toán";
    };
  }

  private static String time(Instant instant) {
    return VIETNAMESE_TIME.format(instant) + " (giờ Việt Nam)";
  }

  private static String text(String value) {
    return HtmlUtils.htmlEscape(value, "UTF-8");
  }

  private static ResponseEntity<String> html(HttpStatus status, String title, String body) {
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>"
                + text(title)
                + " – Cổng thanh toán (thử nghiệm)</title>"
                + "<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;"
                + "padding:0 1rem}dt{font-weight:bold}dd{margin:0 0 .5rem}"
                + "form{margin:.5rem 0}.note{color:#a00}</style></head><body><main>"
                + body
                + "</main></body></html>");
  }
}
