package vn.dvc.registry.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Pin;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxServerProperties;

/**
 * The wallet port's contract, held by the sandbox and by the HTTP client against the sandbox. Each
 * implementation writes for its own holders and keys: the database is shared by every test.
 */
@DvcSpringBootTest
class CitizenWalletContractTest {

  static final Instant DELIVERY_TIME = Instant.parse("2026-11-20T03:15:00Z");
  static final Pin TEMPLATE_HOLDER = Pin.of("040202581463");
  static final Pin COUNTED_HOLDER = Pin.of("049064672804");
  static final Pin EMPTY_WALLET = Pin.of("046060104787");

  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired SandboxServerProperties server;

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  static void engineClockAt(Instant now) {
    ClockUtil.setCurrentTime(Date.from(now));
  }

  int documentsWithReference(String reference) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_wallet_document where reference = ?",
        Integer.class,
        reference);
  }

  int writesWithKey(IdempotencyKey key) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_write where idempotency_key = ? and registry = 'vneid-wallet'",
        Integer.class,
        key.value());
  }

  abstract class Contract {

    abstract CitizenWallet wallet();

    /** Distinguishes the records of each implementation. */
    abstract String implementation();

    /** A holder of this implementation's tests, {@code n} from 1 to 3, one per test. */
    abstract Pin holder(int n);

    @Test
    void deliversADocumentWithTheWalletsIdAndTheEngineTime() {
      engineClockAt(DELIVERY_TIME);
      String reference = "TESTC-KS-" + implementation() + "-1";
      WalletDelivery birthExtract =
          new WalletDelivery(
              holder(1),
              "BIRTH_EXTRACT",
              "Trích lục khai sinh",
              reference,
              LocalDate.of(2026, 11, 19));

      DeliveredDocument delivered =
          wallet()
              .deliver(birthExtract, IdempotencyKey.of("TESTC-WALLET-" + implementation(), "T1"));

      assertThat(delivered.documentId()).isNotBlank();
      assertThat(delivered)
          .isEqualTo(
              new DeliveredDocument(
                  delivered.documentId(),
                  holder(1),
                  "BIRTH_EXTRACT",
                  "Trích lục khai sinh",
                  reference,
                  LocalDate.of(2026, 11, 19),
                  OffsetDateTime.ofInstant(DELIVERY_TIME, ZoneOffset.UTC)));
      assertThat(wallet().documentsOf(holder(1))).containsExactly(delivered);
    }

    @Test
    void answersTheFirstDocumentWhenTheSameKeyDeliversAgain() {
      String reference = "TESTC-KS-" + implementation() + "-2";
      IdempotencyKey key = IdempotencyKey.of("TESTC-WALLET-" + implementation(), "T2");
      WalletDelivery delivery =
          new WalletDelivery(
              holder(2),
              "MARRIAGE_EXTRACT",
              "Trích lục kết hôn",
              reference,
              LocalDate.of(2026, 10, 2));

      DeliveredDocument first = wallet().deliver(delivery, key);
      DeliveredDocument repeated = wallet().deliver(delivery, key);

      assertThat(repeated).isEqualTo(first);
      assertThat(documentsWithReference(reference)).isEqualTo(1);
      assertThat(writesWithKey(key)).isEqualTo(1);
    }

    @Test
    void aNewKeyDeliversAnotherDocumentAfterTheFirst() {
      IdempotencyKey firstKey = IdempotencyKey.of("TESTC-WALLET-" + implementation(), "T3");
      IdempotencyKey secondKey = IdempotencyKey.of("TESTC-WALLET-" + implementation(), "T4");
      engineClockAt(DELIVERY_TIME);
      DeliveredDocument residence =
          wallet()
              .deliver(
                  new WalletDelivery(
                      holder(3),
                      "RESIDENCE_CONFIRMATION",
                      "Xác nhận thông tin về cư trú",
                      "TESTC-CT-" + implementation() + "-3",
                      LocalDate.of(2026, 11, 20)),
                  firstKey);
      engineClockAt(DELIVERY_TIME.plusSeconds(60));
      DeliveredDocument licence =
          wallet()
              .deliver(
                  new WalletDelivery(
                      holder(3),
                      "DRIVING_LICENCE",
                      "Giấy phép lái xe",
                      "TESTC-GPLX-" + implementation() + "-4",
                      LocalDate.of(2026, 11, 20)),
                  secondKey);

      assertThat(licence.documentId()).isNotEqualTo(residence.documentId());
      assertThat(wallet().documentsOf(holder(3))).containsExactly(residence, licence);
    }

    @Test
    void sendsANotificationOnceWhenTheSameKeyNotifiesAgain() {
      engineClockAt(DELIVERY_TIME);
      String dossier = "TESTC-NOTIFY-" + implementation();
      IdempotencyKey key = IdempotencyKey.of(dossier + ":IN_REVIEW:1", "Task_NotifyCitizen");
      CitizenNotification inReview =
          new CitizenNotification(
              holder(1), dossier, "IN_REVIEW", "Hồ sơ " + dossier + " đang được cán bộ xem xét.");

      SentNotification first = wallet().notify(inReview, key);
      SentNotification repeated = wallet().notify(inReview, key);

      assertThat(repeated).isEqualTo(first);
      assertThat(first)
          .isEqualTo(
              new SentNotification(
                  first.notificationId(),
                  holder(1),
                  dossier,
                  "IN_REVIEW",
                  inReview.message(),
                  OffsetDateTime.ofInstant(DELIVERY_TIME, ZoneOffset.UTC)));
      assertThat(wallet().notificationsOf(holder(1)))
          .filteredOn(n -> n.dossierId().equals(dossier))
          .containsExactly(first);
    }

    @Test
    void sendsEachStatusChangeAsItsOwnNotificationInOrder() {
      String dossier = "TESTC-NOTIFY2-" + implementation();
      engineClockAt(DELIVERY_TIME);
      SentNotification review =
          wallet()
              .notify(
                  new CitizenNotification(holder(2), dossier, "IN_REVIEW", "review"),
                  IdempotencyKey.of(dossier + ":IN_REVIEW:1", "Task_NotifyCitizen"));
      engineClockAt(DELIVERY_TIME.plusSeconds(60));
      SentNotification done =
          wallet()
              .notify(
                  new CitizenNotification(holder(2), dossier, "COMPLETED", "done"),
                  IdempotencyKey.of(dossier + ":COMPLETED:2", "Task_NotifyCitizen"));

      assertThat(wallet().notificationsOf(holder(2)))
          .filteredOn(n -> n.dossierId().equals(dossier))
          .containsExactly(review, done);
    }

    @Test
    void answersAnEmptyWalletForSomeoneWithoutDocuments() {
      assertThat(wallet().documentsOf(EMPTY_WALLET)).isEmpty();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    CitizenWallet wallet() {
      return SandboxCitizenWallet.loaded(jdbc, transactions);
    }

    @Override
    String implementation() {
      return "SANDBOX";
    }

    @Override
    Pin holder(int n) {
      return Pin.of(new String[] {"040202921784", "046191874935", "048052656895"}[n - 1]);
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    CitizenWallet wallet() {
      return new HttpCitizenWallet(clients.client("vneid-wallet"));
    }

    @Override
    String implementation() {
      return "HTTP";
    }

    @Override
    Pin holder(int n) {
      return Pin.of(new String[] {"084164508406", "040212033833", "020084093116"}[n - 1]);
    }
  }

  @Test
  void sandboxRefusesADeliveryWithoutAnIdempotencyKey() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer =
        rest.withBasicAuth(server.username(), server.password())
            .postForEntity(
                "/sandbox/vneid-wallet/documents",
                new HttpEntity<>(
                    new WalletDelivery(
                        EMPTY_WALLET,
                        "BIRTH_EXTRACT",
                        "Trích lục khai sinh",
                        "TESTC-NOKEY",
                        LocalDate.of(2026, 11, 1)),
                    headers),
                String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(documentsWithReference("TESTC-NOKEY")).isZero();
  }

  @Test
  void templateDeliversOncePerDossierAndTaskIssuedTodayInVietnam() {
    // 01:30 on 21 November in Vietnam, still the 20th in UTC.
    engineClockAt(Instant.parse("2026-11-20T18:30:00Z"));
    Map<String, String> inputs =
        Map.of("documentType", "BIRTH_EXTRACT", "title", "Trích lục khai sinh");
    Map<String, Object> variables =
        Map.of("applicantPin", TEMPLATE_HOLDER.value(), "registrationNo", "TESTC-KS-TEMPLATE");

    Map<String, Object> first =
        ElementTemplates.run(
            engine, "vn.dvc.vneid-wallet.deliverToWallet", "TEST-WALLET-C-1", inputs, variables);
    Map<String, Object> retried =
        ElementTemplates.run(
            engine, "vn.dvc.vneid-wallet.deliverToWallet", "TEST-WALLET-C-1", inputs, variables);

    assertThat(first).containsKey("walletDocumentId");
    assertThat(retried.get("walletDocumentId")).isEqualTo(first.get("walletDocumentId"));
    assertThat(documentsWithReference("TESTC-KS-TEMPLATE")).isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select issued_on from sandbox_wallet_document where document_id = ?",
                LocalDate.class,
                first.get("walletDocumentId")))
        .isEqualTo(LocalDate.of(2026, 11, 21));
  }

  @Test
  void templateCountsTheDocumentsInAWallet() {
    Map<String, Object> delivered =
        ElementTemplates.run(
            engine,
            "vn.dvc.vneid-wallet.deliverToWallet",
            "TEST-WALLET-C-2",
            Map.of(
                "holderPin",
                "${holder}",
                "documentType",
                "MARRIAGE_EXTRACT",
                "title",
                "Trích lục kết hôn",
                "reference",
                "TESTC-KH-TEMPLATE",
                "issuedOn",
                "2026-11-02"),
            Map.of("holder", COUNTED_HOLDER.value()));
    assertThat(delivered).containsKey("walletDocumentId");

    Map<String, Object> wallet =
        ElementTemplates.run(
            engine,
            "vn.dvc.vneid-wallet.lookUpWalletDocuments",
            "TEST-WALLET-C-3",
            Map.of(),
            Map.of("applicantPin", COUNTED_HOLDER.value()));
    assertThat(wallet)
        .containsEntry("walletDocumentCount", 1)
        .containsEntry("walletDocumentTypes", "MARRIAGE_EXTRACT");

    Map<String, Object> empty =
        ElementTemplates.run(
            engine,
            "vn.dvc.vneid-wallet.lookUpWalletDocuments",
            "TEST-WALLET-C-4",
            Map.of(),
            Map.of("applicantPin", EMPTY_WALLET.value()));
    assertThat(empty)
        .containsEntry("walletDocumentCount", 0)
        .containsEntry("walletDocumentTypes", "");
  }
}
