package vn.dvc.payment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.payment.NewPaymentRequest;
import vn.dvc.registry.payment.PaymentCallbackSignature;
import vn.dvc.registry.payment.PaymentPlatform;
import vn.dvc.registry.payment.PaymentRequest;
import vn.dvc.time.EngineClock;

/**
 * What the payment tests share: a small process waiting for payment as the {@code collect-fee}
 * block does (the agreed contract: an event-based gateway on {@code PaymentConfirmed} and {@code
 * PaymentAmountDiffers}, correlated by business key and {@code paymentRequestId}, or its deadline),
 * requests opened with the sandbox platform and entered in the ledger, and callbacks signed as the
 * platform signs them and posted over real HTTP.
 */
final class PaymentTestSupport {

  static final String PROCESS = "test-awaits-payment";

  private static final String MODEL =
      """
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_TestAwaitsPayment"
          targetNamespace="http://bpmn.io/schema/bpmn">
        <bpmn:message id="Message_PaymentConfirmed" name="PaymentConfirmed" />
        <bpmn:message id="Message_PaymentAmountDiffers" name="PaymentAmountDiffers" />
        <bpmn:process id="test-awaits-payment" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="StartEvent_Requested" />
          <bpmn:sequenceFlow id="Flow_ToGateway" sourceRef="StartEvent_Requested" targetRef="Gateway_AwaitPayment" />
          <bpmn:eventBasedGateway id="Gateway_AwaitPayment" />
          <bpmn:sequenceFlow id="Flow_ToConfirmed" sourceRef="Gateway_AwaitPayment" targetRef="Event_PaymentConfirmed" />
          <bpmn:sequenceFlow id="Flow_ToDiffers" sourceRef="Gateway_AwaitPayment" targetRef="Event_PaymentAmountDiffers" />
          <bpmn:sequenceFlow id="Flow_ToDeadline" sourceRef="Gateway_AwaitPayment" targetRef="Event_PaymentDeadline" />
          <bpmn:intermediateCatchEvent id="Event_PaymentConfirmed">
            <bpmn:messageEventDefinition id="MessageEventDefinition_Confirmed" messageRef="Message_PaymentConfirmed" />
          </bpmn:intermediateCatchEvent>
          <bpmn:intermediateCatchEvent id="Event_PaymentAmountDiffers">
            <bpmn:messageEventDefinition id="MessageEventDefinition_Differs" messageRef="Message_PaymentAmountDiffers" />
          </bpmn:intermediateCatchEvent>
          <bpmn:intermediateCatchEvent id="Event_PaymentDeadline">
            <bpmn:timerEventDefinition id="TimerEventDefinition_Deadline">
              <bpmn:timeDuration>P3D</bpmn:timeDuration>
            </bpmn:timerEventDefinition>
          </bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="Flow_Confirmed" sourceRef="Event_PaymentConfirmed" targetRef="Task_Paid" />
          <bpmn:sequenceFlow id="Flow_Differs" sourceRef="Event_PaymentAmountDiffers" targetRef="Task_AmountDiffers" />
          <bpmn:sequenceFlow id="Flow_Deadline" sourceRef="Event_PaymentDeadline" targetRef="Task_Expired" />
          <bpmn:userTask id="Task_Paid" />
          <bpmn:userTask id="Task_AmountDiffers" />
          <bpmn:userTask id="Task_Expired" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final PaymentCallbackSignature signature;
  private final PaymentPlatform platform;
  private final PaymentLedger ledger;
  private final RuntimeService runtime;

  PaymentTestSupport(
      int port,
      PaymentsProperties properties,
      PaymentPlatform platform,
      PaymentLedger ledger,
      RuntimeService runtime) {
    this.port = port;
    this.signature = new PaymentCallbackSignature(properties.callbackSecret());
    this.platform = platform;
    this.ledger = ledger;
    this.runtime = runtime;
  }

  static String deploy(RepositoryService repository) {
    return repository
        .createDeployment()
        .addString("test-awaits-payment.bpmn", MODEL)
        .deploy()
        .getId();
  }

  /** A request made to the sandbox platform for the dossier, entered in our ledger. */
  LedgerEntry open(String dossier, long amountVnd, String payerPin) {
    Instant deadline = EngineClock.now().plus(Duration.ofDays(3));
    PaymentRequest request =
        platform.requestPayment(
            new NewPaymentRequest(
                dossier, amountVnd, Pin.of(payerPin), "Lệ phí hồ sơ " + dossier, deadline),
            IdempotencyKey.of(dossier, "payment-" + UUID.randomUUID()));
    return ledger.open(request, deadline);
  }

  /** The process waiting for this request's payment, as collect-fee waits. */
  ProcessInstance await(LedgerEntry entry) {
    return runtime.startProcessInstanceByKey(
        PROCESS,
        entry.dossierId(),
        java.util.Map.of(PaymentCallbacks.REQUEST_ID_VARIABLE, entry.requestId()));
  }

  ObjectNode callback(LedgerEntry entry, String event, long amountVnd, long sequence) {
    return json.createObjectNode()
        .put("callbackId", "CB-" + UUID.randomUUID())
        .put("requestId", entry.requestId())
        .put("dossierId", entry.dossierId())
        .put("event", event)
        .put("amountVnd", amountVnd)
        .put("transactionRef", "TX" + UUID.randomUUID().toString().substring(0, 10))
        .put("occurredAt", EngineClock.now().toString())
        .put("sequence", sequence);
  }

  record Posted(int status, ObjectNode body, HttpResponse<String> raw) {
    String outcome() {
      return body.path("outcome").asText();
    }
  }

  /** Posted signed, now. */
  Posted post(ObjectNode callback) throws Exception {
    byte[] body = json.writeValueAsBytes(callback);
    String timestamp = Long.toString(EngineClock.now().getEpochSecond());
    return post(body, timestamp, signature.sign(timestamp, body));
  }

  Posted post(byte[] body, String timestamp, String signed) throws Exception {
    return post(HttpRequest.BodyPublishers.ofByteArray(body), timestamp, signed);
  }

  /** Sent chunked, without a declared length, as a client streaming its body does. */
  Posted postChunked(byte[] body, String timestamp, String signed) throws Exception {
    return post(
        HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)),
        timestamp,
        signed);
  }

  private Posted post(HttpRequest.BodyPublisher body, String timestamp, String signed)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + PaymentCallbackController.PATH))
            .header("Content-Type", "application/json")
            .POST(body);
    if (timestamp != null) {
      request.header(PaymentCallbackSignature.TIMESTAMP_HEADER, timestamp);
    }
    if (signed != null) {
      request.header(PaymentCallbackSignature.SIGNATURE_HEADER, signed);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    ObjectNode parsed =
        response.body().isBlank()
            ? json.createObjectNode()
            : (ObjectNode) json.readTree(response.body());
    return new Posted(response.statusCode(), parsed, response);
  }

  byte[] bytes(ObjectNode callback) throws Exception {
    return json.writeValueAsBytes(callback);
  }

  String sign(String timestamp, byte[] body) {
    return signature.sign(timestamp, body);
  }
}
