package vn.dvc.registry.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxServerProperties;

/**
 * The sandbox gateway page as the demo citizen uses it (no credentials, plain forms), and the
 * signed callback each action posts: body, signature, sequence and the stored row. What our
 * confirmation endpoint does with it is tested there.
 */
@DvcSpringBootTest
class SandboxPaymentGatewayTest {

  static final Instant NOW = Instant.parse("2026-12-08T02:15:00Z");
  static final Instant EXPIRES_AT = Instant.parse("2026-12-11T10:00:00Z");

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired SandboxPaymentPlatformProperties properties;
  @Autowired SandboxServerProperties server;
  @Autowired Environment environment;
  @Autowired SandboxPaymentGateway gateway;
  @Autowired ObjectMapper json;

  PaymentPlatform platform;

  @BeforeEach
  void fixedClock() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    platform =
        new SandboxPaymentPlatform(jdbc, transactions, () -> properties.gatewayUrl(environment));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  PaymentRequest open(String dossierId, long amountVnd) {
    return platform.requestPayment(
        new NewPaymentRequest(
            dossierId,
            amountVnd,
            Pin.of("001062985408"),
            "Nộp phạt quyết định 9446/QĐ-XPHC <hồ sơ " + dossierId + ">",
            EXPIRES_AT),
        IdempotencyKey.of(dossierId, "request"));
  }

  ResponseEntity<String> click(PaymentRequest request, String action) {
    return http.postForEntity(request.payUrl() + "/" + action, null, String.class);
  }

  ResponseEntity<String> payOtherAmount(PaymentRequest request, String amount) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("amountVnd", amount);
    return http.postForEntity(
        request.payUrl() + "/pay-other-amount", new HttpEntity<>(form, headers), String.class);
  }

  PaymentRequest now(PaymentRequest request) {
    return platform.findRequest(request.requestId()).orElseThrow();
  }

  List<SandboxPaymentGateway.SentCallback> sent(PaymentRequest request) {
    return gateway.callbacksOf(request.requestId());
  }

  /** What was posted, checked the way our endpoint checks it: the signature over the bytes sent. */
  JsonNode verifiedBody(SandboxPaymentGateway.SentCallback sent) throws Exception {
    byte[] body = sent.body().getBytes(StandardCharsets.UTF_8);
    assertThat(
            new PaymentCallbackSignature(properties.callbackSecret())
                .verifies(sent.timestamp(), body, sent.signature()))
        .as("signature verifies with the shared secret")
        .isTrue();
    assertThat(
            new PaymentCallbackSignature("another-secret-of-16-chars")
                .verifies(sent.timestamp(), body, sent.signature()))
        .isFalse();
    // Posted, and our endpoint (whatever it is on this branch) answered.
    assertThat(sent.answerStatus()).isNotNull();
    assertThat(sent.failure()).isNull();
    return json.readTree(body);
  }

  @Test
  void pageShowsTheRequestInVietnameseToAnyoneWithItsAddress() {
    PaymentRequest request = open("TEST-GW-PAGE", 4_024_000);

    ResponseEntity<String> page = http.getForEntity(request.payUrl(), String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody())
        .contains(
            "<dd id=\"amount\">4.024.000 ₫</dd>",
            "Nộp phạt quyết định 9446/QĐ-XPHC &lt;hồ sơ TEST-GW-PAGE&gt;",
            "17:00 ngày 11/12/2026 (giờ Việt Nam)",
            "<dd id=\"state\">Chờ thanh toán</dd>",
            ">Thanh toán</button>",
            ">Thanh toán số tiền khác</button>",
            "name=\"amountVnd\"",
            ">Từ chối giao dịch</button>",
            ">Để hết hạn</button>",
            ">Gửi lại xác nhận</button>");
    // Relative actions, so that the page works behind a proxy that adds a prefix.
    String action = request.requestId() + "/pay";
    assertThat(page.getBody()).contains("action=\"" + action + "\"");
    assertThat(URI.create(request.payUrl()).resolve(action))
        .isEqualTo(URI.create(request.payUrl() + "/pay"));
  }

  @Test
  void thePlatformsJsonApiStillWantsRegistryCredentials() {
    PaymentRequest request = open("TEST-GW-DOOR", 10_000);
    String api = "/sandbox/payment-platform/requests/" + request.requestId();

    assertThat(http.getForEntity(api, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            http.withBasicAuth(server.username(), server.password())
                .getForEntity(api, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void answersAnUnknownRequestWithAPageNotFound() {
    ResponseEntity<String> page =
        http.getForEntity("/sandbox/payment-platform/gateway/pay/PAY-UNKNOWN", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(page.getBody()).contains("Không tìm thấy yêu cầu thanh toán");
  }

  @Test
  void payingPaysTheAmountAskedAndPostsASignedPaidCallback() throws Exception {
    PaymentRequest request = open("TEST-GW-PAY", 4_024_000);

    ResponseEntity<String> result = click(request, "pay");

    assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(result.getBody())
        .contains("Đã thanh toán", "4.024.000 ₫", "Quay lại trang thanh toán")
        .contains("href=\"../" + request.requestId() + "\"");
    PaymentRequest paid = now(request);
    assertThat(paid.state()).isEqualTo(PaymentState.PAID);
    assertThat(paid.paidAmountVnd()).isEqualTo(4_024_000);
    assertThat(paid.paidAt()).isEqualTo(NOW);
    assertThat(paid.transactionRef()).startsWith("TXN-");

    SandboxPaymentGateway.SentCallback sent = sent(request).get(0);
    assertThat(sent(request)).hasSize(1);
    assertThat(sent.timestamp()).isEqualTo(Long.toString(NOW.getEpochSecond()));
    JsonNode body = verifiedBody(sent);
    assertThat(body.path("callbackId").asText()).startsWith("CB-");
    assertThat(body.path("requestId").asText()).isEqualTo(request.requestId());
    assertThat(body.path("dossierId").asText()).isEqualTo("TEST-GW-PAY");
    assertThat(body.path("event").asText()).isEqualTo("PAID");
    assertThat(body.path("amountVnd").asLong()).isEqualTo(4_024_000);
    assertThat(body.path("transactionRef").asText()).isEqualTo(paid.transactionRef());
    assertThat(Instant.parse(body.path("occurredAt").asText())).isEqualTo(NOW);
    assertThat(body.path("sequence").asLong()).isEqualTo(1);
    assertThat(
            jdbc.queryForMap(
                "select callback_id, sequence_no, event, answer_status from"
                    + " sandbox_payment_callback where id = ?",
                sent.id()))
        .containsEntry("CALLBACK_ID", body.path("callbackId").asText())
        .containsEntry("SEQUENCE_NO", 1L)
        .containsEntry("EVENT", "PAID")
        .containsEntry("ANSWER_STATUS", sent.answerStatus());
    assertThat(lastSequence(request)).isEqualTo(1);
  }

  @Test
  void payingAnotherAmountRecordsAndReportsTheAmountPaid() throws Exception {
    PaymentRequest request = open("TEST-GW-OTHER", 4_024_000);

    ResponseEntity<String> result = payOtherAmount(request, "4.000.000");

    assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(result.getBody()).contains("4.000.000 ₫");
    assertThat(now(request).state()).isEqualTo(PaymentState.PAID);
    assertThat(now(request).paidAmountVnd()).isEqualTo(4_000_000);
    JsonNode body = verifiedBody(sent(request).get(0));
    assertThat(body.path("event").asText()).isEqualTo("PAID");
    assertThat(body.path("amountVnd").asLong()).isEqualTo(4_000_000);
  }

  @Test
  void refusesAnAmountThatIsNoNumberOfDong() {
    PaymentRequest request = open("TEST-GW-BAD-AMOUNT", 10_000);

    ResponseEntity<String> result = payOtherAmount(request, "mười nghìn");

    assertThat(result.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(result.getBody()).contains("Số tiền không hợp lệ");
    assertThat(now(request).state()).isEqualTo(PaymentState.PENDING);
    assertThat(sent(request)).isEmpty();
  }

  @Test
  void aDeclinedAttemptLeavesTheRequestOpenAndTheNextEventComesNext() throws Exception {
    PaymentRequest request = open("TEST-GW-DECLINE", 200_000);

    ResponseEntity<String> result = click(request, "decline");

    assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(result.getBody()).contains("Giao dịch bị từ chối");
    assertThat(now(request).state()).isEqualTo(PaymentState.PENDING);
    assertThat(now(request).paidAmountVnd()).isNull();
    JsonNode declined = verifiedBody(sent(request).get(0));
    assertThat(declined.path("event").asText()).isEqualTo("DECLINED");
    assertThat(declined.path("amountVnd").asLong()).isEqualTo(200_000);
    assertThat(declined.path("sequence").asLong()).isEqualTo(1);

    assertThat(click(request, "pay").getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode paid = verifiedBody(sent(request).get(1));
    assertThat(paid.path("event").asText()).isEqualTo("PAID");
    assertThat(paid.path("sequence").asLong()).isEqualTo(2);
    assertThat(paid.path("callbackId").asText()).isNotEqualTo(declined.path("callbackId").asText());
    assertThat(now(request).state()).isEqualTo(PaymentState.PAID);
  }

  @Test
  void expiringClosesTheRequestAndNoMoneyIsTakenAfterwards() throws Exception {
    PaymentRequest request = open("TEST-GW-EXPIRE", 200_000);

    ResponseEntity<String> result = click(request, "expire");

    assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(result.getBody()).contains("Yêu cầu đã hết hạn");
    assertThat(now(request).state()).isEqualTo(PaymentState.EXPIRED);
    JsonNode expired = verifiedBody(sent(request).get(0));
    assertThat(expired.path("event").asText()).isEqualTo("EXPIRED");
    assertThat(expired.path("sequence").asLong()).isEqualTo(1);

    ResponseEntity<String> late = click(request, "pay");

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody()).contains("đã hết hạn", "không nhận tiền");
    assertThat(now(request).state()).isEqualTo(PaymentState.EXPIRED);
    assertThat(now(request).paidAmountVnd()).isNull();
    assertThat(sent(request)).hasSize(1);
    assertThat(lastSequence(request)).isEqualTo(1);
  }

  @Test
  void refusesToPayOrDeclineACancelledRequest() {
    PaymentRequest request = open("TEST-GW-CANCELLED", 200_000);
    platform.cancel(request.requestId(), IdempotencyKey.of("TEST-GW-CANCELLED", "cancel"));

    ResponseEntity<String> pay = click(request, "pay");
    ResponseEntity<String> other = payOtherAmount(request, "200000");
    ResponseEntity<String> decline = click(request, "decline");

    assertThat(List.of(pay, other, decline))
        .allSatisfy(
            answer -> {
              assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
              assertThat(answer.getBody()).contains("Không thực hiện được", "đã bị hủy");
            });
    assertThat(now(request).state()).isEqualTo(PaymentState.CANCELLED);
    assertThat(now(request).paidAmountVnd()).isNull();
    assertThat(sent(request)).isEmpty();
    assertThat(lastSequence(request)).isZero();
    assertThat(http.getForEntity(request.payUrl(), String.class).getBody())
        .contains("Đã hủy")
        .doesNotContain(">Thanh toán</button>");
  }

  @Test
  void resendingPostsTheLastCallbackAgainWithTheSameIdAndBody() throws Exception {
    PaymentRequest request = open("TEST-GW-RESEND", 200_000);
    click(request, "pay");
    SandboxPaymentGateway.SentCallback first = sent(request).get(0);
    Instant later = NOW.plusSeconds(90);
    ClockUtil.setCurrentTime(Date.from(later));

    ResponseEntity<String> result = click(request, "resend");

    assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(result.getBody()).contains("Đã gửi lại xác nhận", first.callback().callbackId());
    assertThat(sent(request)).hasSize(2);
    SandboxPaymentGateway.SentCallback again = sent(request).get(1);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.callback()).isEqualTo(first.callback());
    // A retry is signed when it is sent: a receiver refusing stale timestamps takes it.
    assertThat(again.timestamp()).isEqualTo(Long.toString(later.getEpochSecond()));
    verifiedBody(again);
    assertThat(now(request).state()).isEqualTo(PaymentState.PAID);
    assertThat(lastSequence(request)).isEqualTo(1);
  }

  @Test
  void hasNothingToResendBeforeAnyEvent() {
    PaymentRequest request = open("TEST-GW-RESEND-NOTHING", 200_000);

    ResponseEntity<String> result = click(request, "resend");

    assertThat(result.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(result.getBody()).contains("không có gì để gửi lại");
    assertThat(sent(request)).isEmpty();
  }

  @Test
  void aCallbackThatCannotBeDeliveredIsKeptWithTheReasonForAResend() {
    PaymentRequest request = open("TEST-GW-UNDELIVERED", 200_000);
    SandboxPaymentPlatformProperties nowhere =
        new SandboxPaymentPlatformProperties(
            properties.gatewayUrl(),
            // Port 1 on the loopback: nothing listens, the connection is refused at once.
            "http://127.0.0.1:1/api/v1/payments/callbacks",
            properties.callbackSecret(),
            properties.callbackTimeout());
    SandboxPaymentGateway offline =
        new SandboxPaymentGateway(
            jdbc, transactions, json, RestClient.builder(), nowhere, environment);

    SandboxPaymentGateway.Outcome outcome = offline.pay(request.requestId());

    assertThat(outcome.request().state()).isEqualTo(PaymentState.PAID);
    assertThat(outcome.sent().answerStatus()).isNull();
    assertThat(outcome.sent().failure()).isNotBlank();
    assertThat(sent(request))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.answerStatus()).isNull();
              assertThat(row.failure()).isEqualTo(outcome.sent().failure());
            });
    Map<String, Object> stored =
        jdbc.queryForMap(
            "select event, sequence_no from sandbox_payment_callback where request_id = ?",
            request.requestId());
    assertThat(stored).containsEntry("EVENT", "PAID").containsEntry("SEQUENCE_NO", 1L);
  }

  long lastSequence(PaymentRequest request) {
    return jdbc.queryForObject(
        "select last_sequence from sandbox_payment_request where request_id = ?",
        Long.class,
        request.requestId());
  }
}
