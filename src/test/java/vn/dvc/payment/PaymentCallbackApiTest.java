package vn.dvc.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.procedure.BareDossiers;
import vn.dvc.registry.payment.PaymentPlatform;
import vn.dvc.time.EngineClock;

/**
 * The platform's confirmations over real HTTP, without any user signed in (the signature is the
 * authentication), one case each: what the answer is, and what it does to the ledger, the callback
 * log, the dossier's timeline and the process waiting for the payment.
 */
@DvcSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentCallbackApiTest {

  private static final long FEE = 4_024_000;

  @LocalServerPort int port;
  @Autowired PaymentsProperties properties;
  @Autowired PaymentPlatform platform;
  @Autowired PaymentLedger ledger;
  @Autowired CallbackLog callbacks;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  @Autowired TaskService tasks;
  @Autowired DossierRepository dossiers;
  @Autowired BareDossiers bare;

  private PaymentTestSupport support;
  private String deployment;

  private String dossier;
  private LedgerEntry entry;
  private ProcessInstance waiting;

  @BeforeAll
  void deployTheWaitingProcess() {
    deployment = PaymentTestSupport.deploy(repository);
  }

  @AfterAll
  void undeploy() {
    repository.deleteDeployment(deployment, true);
  }

  @BeforeEach
  void aDossierWaitingForItsPayment() {
    support = new PaymentTestSupport(port, properties, platform, ledger, runtime);
    dossier = bare.file("land-change-registration");
    entry = support.open(dossier, FEE, BareDossiers.APPLICANT);
    waiting = support.await(entry);
  }

  @Test
  void aPaymentOfTheAmountAskedSettlesTheLedgerAndMovesTheDossierOn() throws Exception {
    ObjectNode callback = support.callback(entry, "PAID", FEE, 1);

    var answer = support.post(callback);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.outcome()).isEqualTo("SETTLED_PAID");
    LedgerEntry settled = ledger.find(entry.requestId()).orElseThrow();
    assertThat(settled.state()).isEqualTo(LedgerState.PAID);
    assertThat(settled.paidAmountVnd()).isEqualTo(FEE);
    assertThat(settled.transactionRef()).isEqualTo(callback.get("transactionRef").asText());
    assertThat(outcomes()).containsExactly(CallbackOutcome.SETTLED_PAID);
    assertThat(timeline("PAYMENT_RECEIVED"))
        .singleElement()
        .asString()
        .contains("4.024.000 ₫")
        .contains(callback.get("transactionRef").asText());
    assertThat(taskOfProcess()).isEqualTo("Task_Paid");
  }

  @Test
  void aPaymentOfAnotherAmountIsNotAcceptedAndGoesToAnOfficer() throws Exception {
    var answer = support.post(support.callback(entry, "PAID", 4_000_000, 1));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.outcome()).isEqualTo("SETTLED_AMOUNT_DIFFERS");
    LedgerEntry settled = ledger.find(entry.requestId()).orElseThrow();
    assertThat(settled.state()).isEqualTo(LedgerState.AMOUNT_MISMATCH);
    assertThat(settled.paidAmountVnd()).isEqualTo(4_000_000L);
    assertThat(outcomes()).containsExactly(CallbackOutcome.SETTLED_AMOUNT_DIFFERS);
    assertThat(timeline("PAYMENT_AMOUNT_DIFFERS"))
        .singleElement()
        .asString()
        .contains("4.000.000 ₫")
        .contains("4.024.000 ₫");
    assertThat(taskOfProcess()).isEqualTo("Task_AmountDiffers");
    assertThat(runtime.getVariable(waiting.getId(), "paidAmountVnd")).isEqualTo(4_000_000L);
  }

  @Test
  void aForgedCallbackChangesNothingAndDoesNotBlockTheGenuineOneWithItsId() throws Exception {
    ObjectNode callback = support.callback(entry, "PAID", FEE, 1);
    byte[] body = support.bytes(callback);
    String timestamp = Long.toString(EngineClock.now().getEpochSecond());

    var forged = support.post(body, timestamp, support.sign(timestamp, "other".getBytes()));

    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.raw().headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(forged.outcome()).isEqualTo("FORGED");
    assertNothingChanged();
    assertThat(forgedRowsFor(body)).isEqualTo(1);

    var genuine = support.post(callback);

    assertThat(genuine.status()).isEqualTo(200);
    assertThat(genuine.outcome()).isEqualTo("SETTLED_PAID");
    assertThat(ledger.find(entry.requestId()).orElseThrow().state()).isEqualTo(LedgerState.PAID);
    assertThat(taskOfProcess()).isEqualTo("Task_Paid");
  }

  @Test
  void aCallbackWithoutSignatureIsRefused() throws Exception {
    byte[] body = support.bytes(support.callback(entry, "PAID", FEE, 1));

    var answer = support.post(body, Long.toString(EngineClock.now().getEpochSecond()), null);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.outcome()).isEqualTo("FORGED");
    assertNothingChanged();
    assertThat(forgedRowsFor(body)).isEqualTo(1);
  }

  @Test
  void aCallbackSignedLongerAgoThanTheToleranceIsRefusedAsStale() throws Exception {
    byte[] body = support.bytes(support.callback(entry, "PAID", FEE, 1));
    String tenMinutesAgo = Long.toString(EngineClock.now().minusSeconds(600).getEpochSecond());

    var answer = support.post(body, tenMinutesAgo, support.sign(tenMinutesAgo, body));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.outcome()).isEqualTo("STALE");
    assertNothingChanged();
  }

  @Test
  void theSameCallbackAgainIsAnsweredAsTheFirstTimeAndChangesNothing() throws Exception {
    ObjectNode callback = support.callback(entry, "PAID", FEE, 1);
    var first = support.post(callback);

    var again = support.post(callback);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.raw().headers().firstValue("Payment-Callback-Replayed")).hasValue("true");
    assertThat(outcomes()).containsExactly(CallbackOutcome.SETTLED_PAID, CallbackOutcome.DUPLICATE);
    assertThat(timeline("PAYMENT_RECEIVED")).hasSize(1);
    assertThat(taskOfProcess()).isEqualTo("Task_Paid");
  }

  @Test
  void anotherPaymentEventAfterSettlementChangesNothing() throws Exception {
    ObjectNode first = support.callback(entry, "PAID", FEE, 1);
    support.post(first);

    var second = support.post(support.callback(entry, "PAID", FEE, 2));

    assertThat(second.status()).isEqualTo(200);
    assertThat(second.outcome()).isEqualTo("OUT_OF_ORDER");
    LedgerEntry settled = ledger.find(entry.requestId()).orElseThrow();
    assertThat(settled.transactionRef()).isEqualTo(first.get("transactionRef").asText());
    assertThat(timeline("PAYMENT_RECEIVED")).hasSize(1);
    assertThat(taskOfProcess()).isEqualTo("Task_Paid");
  }

  @Test
  void confirmationsArrivingAtTheSameMomentRecordExactlyOnePayment() throws Exception {
    ObjectNode first = support.callback(entry, "PAID", FEE, 1);
    ObjectNode resent = first.deepCopy();
    ObjectNode another = support.callback(entry, "PAID", FEE, 2);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    try {
      var start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<PaymentTestSupport.Posted>> posted =
          java.util.stream.Stream.of(first, resent, another)
              .map(
                  c ->
                      pool.submit(
                          () -> {
                            start.await();
                            return support.post(c);
                          }))
              .toList();
      start.countDown();
      for (var answer : posted) {
        assertThat(answer.get().status()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(ledger.find(entry.requestId()).orElseThrow().state()).isEqualTo(LedgerState.PAID);
    assertThat(outcomes()).containsOnlyOnce(CallbackOutcome.SETTLED_PAID);
    assertThat(timeline("PAYMENT_RECEIVED")).hasSize(1);
    assertThat(taskOfProcess()).isEqualTo("Task_Paid");
  }

  @Test
  void onlyPostingACallbackIsOpenWithoutSigningIn() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var get =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://localhost:" + port + PaymentCallbackController.PATH))
                .GET()
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());
    var elsewhere =
        http.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://localhost:" + port + "/api/v1/payments/callbacks-log"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());

    assertThat(get.statusCode()).isEqualTo(401);
    assertThat(elsewhere.statusCode()).isEqualTo(401);
  }

  @Test
  void aCallbackForAnUnknownRequestIsAnswered404SoThatThePlatformRetries() throws Exception {
    ObjectNode callback = support.callback(entry, "PAID", FEE, 1).put("requestId", "PAY-NOSUCH");

    var answer = support.post(callback);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.outcome()).isEqualTo("UNKNOWN_REQUEST");
    assertThat(callbacks.ofRequest("PAY-NOSUCH"))
        .extracting(CallbackLog.Entry::outcome, CallbackLog.Entry::processed)
        .contains(org.assertj.core.groups.Tuple.tuple(CallbackOutcome.UNKNOWN_REQUEST, false));
    assertNothingChanged();
  }

  @Test
  void aPaymentAfterTheRequestExpiredIsLateAndChangesNothing() throws Exception {
    ledger.move(entry.requestId(), LedgerState.AWAITING, LedgerState.EXPIRED);

    var answer = support.post(support.callback(entry, "PAID", FEE, 1));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.outcome()).isEqualTo("LATE");
    LedgerEntry expired = ledger.find(entry.requestId()).orElseThrow();
    assertThat(expired.state()).isEqualTo(LedgerState.EXPIRED);
    assertThat(expired.paidAt()).isNull();
    assertThat(outcomes()).containsExactly(CallbackOutcome.LATE);
    assertThat(timeline("PAYMENT_RECEIVED")).isEmpty();
    assertThat(taskOfProcess()).isNull();
  }

  @Test
  void anEventOlderThanOneAlreadySeenChangesNothing() throws Exception {
    support.post(support.callback(entry, "DECLINED", FEE, 2));

    var older = support.post(support.callback(entry, "PAID", FEE, 1));

    assertThat(older.status()).isEqualTo(200);
    assertThat(older.outcome()).isEqualTo("OUT_OF_ORDER");
    assertThat(ledger.find(entry.requestId()).orElseThrow().state())
        .isEqualTo(LedgerState.AWAITING);
    assertThat(timeline("PAYMENT_RECEIVED")).isEmpty();
    assertThat(taskOfProcess()).isNull();
  }

  @Test
  void aDeclinedAttemptTellsThePayerAndLeavesTheRequestOpenUntilItIsPaid() throws Exception {
    var declined = support.post(support.callback(entry, "DECLINED", FEE, 1));

    assertThat(declined.status()).isEqualTo(200);
    assertThat(declined.outcome()).isEqualTo("DECLINED");
    assertThat(ledger.find(entry.requestId()).orElseThrow().state())
        .isEqualTo(LedgerState.AWAITING);
    assertThat(timeline("PAYMENT_DECLINED"))
        .singleElement()
        .asString()
        .contains("không thành công")
        .contains("4.024.000 ₫");
    ProcessInstance notification =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("notify-citizen")
            .processInstanceBusinessKeyLike(dossier + ":PAYMENT_DECLINED:%")
            .singleResult();
    assertThat(notification).isNotNull();
    assertThat(runtime.getVariable(notification.getId(), "recipientPin"))
        .isEqualTo(BareDossiers.APPLICANT);
    assertThat((String) runtime.getVariable(notification.getId(), "message"))
        .contains("không thành công")
        .contains("vẫn còn hiệu lực");
    assertThat(bare.status(dossier)).isEqualTo("RECEIVED");
    assertThat(taskOfProcess()).isNull();

    var paid = support.post(support.callback(entry, "PAID", FEE, 2));

    assertThat(paid.outcome()).isEqualTo("SETTLED_PAID");
    assertThat(taskOfProcess()).isEqualTo("Task_Paid");
  }

  @Test
  void anExpiryReportedByThePlatformIsLoggedAndLeftToOurDeadline() throws Exception {
    var answer = support.post(support.callback(entry, "EXPIRED", FEE, 1));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.outcome()).isEqualTo("EXPIRED_AT_PLATFORM");
    assertThat(outcomes()).containsExactly(CallbackOutcome.EXPIRED_AT_PLATFORM);
    assertNothingChangedButTheLog();
  }

  @Test
  void aPaymentNobodyWaitsForIsRolledBackAndAnswered503SoThatThePlatformRetries() throws Exception {
    String unwatched = bare.file("land-change-registration");
    LedgerEntry open = support.open(unwatched, FEE, BareDossiers.APPLICANT);
    ObjectNode callback = support.callback(open, "PAID", FEE, 1);

    var refused = support.post(callback);

    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.outcome()).isEqualTo("NO_PROCESS_WAITING");
    assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
    assertThat(ledger.find(open.requestId()).orElseThrow().state()).isEqualTo(LedgerState.AWAITING);
    assertThat(dossiers.timeline(unwatched)).noneMatch(e -> e.event().startsWith("PAYMENT_"));
    assertThat(callbacks.ofRequest(open.requestId()))
        .extracting(CallbackLog.Entry::outcome, CallbackLog.Entry::processed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CallbackOutcome.NO_PROCESS_WAITING, false));

    ProcessInstance nowWaiting = support.await(open);
    var retried = support.post(callback);

    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.outcome()).isEqualTo("SETTLED_PAID");
    assertThat(ledger.find(open.requestId()).orElseThrow().state()).isEqualTo(LedgerState.PAID);
    assertThat(tasks.createTaskQuery().processInstanceId(nowWaiting.getId()).singleResult())
        .extracting(Task::getTaskDefinitionKey)
        .isEqualTo("Task_Paid");
  }

  @Test
  void aSignedBodyThatIsNotExactlyACallbackIsRefused() throws Exception {
    ObjectNode callback = support.callback(entry, "PAID", FEE, 1).put("extra", "field");

    var answer = support.post(callback);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.outcome()).isEqualTo("MALFORMED");
    assertNothingChanged();

    ObjectNode amountAsText = support.callback(entry, "PAID", FEE, 1);
    amountAsText.put("amountVnd", "4024000");
    assertThat(support.post(amountAsText).status()).isEqualTo(400);
    assertNothingChanged();
  }

  @Test
  void aBodyLargerThanACallbackIsRefused() throws Exception {
    byte[] body = ("{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(EngineClock.now().getEpochSecond());

    var answer = support.post(body, timestamp, support.sign(timestamp, body));

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.outcome()).isEqualTo("TOO_LARGE");
    var chunked = support.postChunked(body, timestamp, support.sign(timestamp, body));
    assertThat(chunked.status()).isEqualTo(413);
    assertThat(chunked.outcome()).isEqualTo("TOO_LARGE");
    assertThat(callbacks.refusedWithBody(""))
        .extracting(CallbackLog.Entry::outcome)
        .contains(CallbackOutcome.TOO_LARGE);
    assertNothingChanged();
  }

  private void assertNothingChanged() {
    assertThat(outcomes()).isEmpty();
    assertNothingChangedButTheLog();
  }

  private void assertNothingChangedButTheLog() {
    LedgerEntry now = ledger.find(entry.requestId()).orElseThrow();
    assertThat(now.state()).isEqualTo(LedgerState.AWAITING);
    assertThat(now.paidAt()).isNull();
    assertThat(dossiers.timeline(dossier)).noneMatch(e -> e.event().startsWith("PAYMENT_"));
    assertThat(bare.status(dossier)).isEqualTo("RECEIVED");
    assertThat(taskOfProcess()).isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(waiting.getId()).count())
        .isEqualTo(1);
  }

  /** The outcomes logged for this test's request (a refused callback names none). */
  private List<CallbackOutcome> outcomes() {
    return callbacks.ofRequest(entry.requestId()).stream().map(CallbackLog.Entry::outcome).toList();
  }

  private long forgedRowsFor(byte[] body) {
    return callbacks.refusedWithBody(sha256(body)).stream()
        .filter(e -> e.outcome() == CallbackOutcome.FORGED && e.callbackId() == null)
        .count();
  }

  private List<String> timeline(String event) {
    return dossiers.timeline(dossier).stream()
        .filter(e -> e.event().equals(event))
        .map(DossierRepository.TimelineEvent::detail)
        .toList();
  }

  private String taskOfProcess() {
    Task task = tasks.createTaskQuery().processInstanceId(waiting.getId()).singleResult();
    return task == null ? null : task.getTaskDefinitionKey();
  }

  private static String sha256(byte[] body) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
