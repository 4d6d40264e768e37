package vn.dvc.registry.trafficfines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.population.Pin;
import vn.dvc.registry.ElementTemplates;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;

/** The traffic-fine port's contract, held by the sandbox and by the HTTP client against it. */
@DvcSpringBootTest
class TrafficFineRegistryContractTest {

  static final Pin OWES_A_FINE = Pin.of("040154933219");
  static final String UNPAID_DECISION = "9446/QĐ-XPHC";
  static final Pin PAID_HIS_FINE = Pin.of("040085714525");
  static final String PAID_DECISION = "2043/QĐ-XPHC";
  static final Pin NO_FINES = Pin.of("001030455036");

  static final TrafficFine UNPAID_FINE =
      new TrafficFine(
          UNPAID_DECISION,
          "40-A9 61052",
          OWES_A_FINE,
          "Vượt đèn đỏ",
          OffsetDateTime.parse("2026-07-02T07:31:00+07:00"),
          4_000_000,
          false,
          null,
          LocalDate.of(2026, 7, 5),
          new IssuingAuthority("40", "Phòng Cảnh sát giao thông Công an tỉnh Nghệ An"));

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  int finesWithDecision(String decisionNo) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_traffic_fine where decision_no = ?",
        Integer.class,
        decisionNo);
  }

  int writesWithKey(IdempotencyKey key) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_write where idempotency_key = ?", Integer.class, key.value());
  }

  abstract class Contract {

    abstract TrafficFineRegistry fines();

    /** An unpaid fine whose payment only this implementation's test records. */
    abstract String decisionToPay();

    abstract String name();

    @Test
    void findsTheFinesOfAnOwnerWithTheOffenceTimeInVietnam() {
      assertThat(fines().finesOf(OWES_A_FINE)).containsExactly(UNPAID_FINE);
      assertThat(fines().finesOf(OWES_A_FINE).get(0).detectedAt().getOffset().getTotalSeconds())
          .isEqualTo(7 * 3600);
    }

    @Test
    void answersNoFinesForSomeoneWithoutAny() {
      assertThat(fines().finesOf(NO_FINES)).isEmpty();
    }

    @Test
    void findsAFineByADecisionNumberWithASlashAndAVietnameseLetter() {
      assertThat(fines().findFine(UNPAID_DECISION)).contains(UNPAID_FINE);
      assertThat(fines().findFine(PAID_DECISION))
          .hasValueSatisfying(fine -> assertThat(fine.paid()).isTrue());
    }

    @Test
    void findsTheFinesOfAPlateWithTheDecisionDateAndIssuer() {
      assertThat(fines().finesOfPlate("40-A9 61052")).containsExactly(UNPAID_FINE);
      assertThat(fines().finesOfPlate("79-M9 40373"))
          .singleElement()
          .satisfies(
              fine -> {
                assertThat(fine.decisionNo()).isEqualTo(PAID_DECISION);
                assertThat(fine.decidedOn()).isEqualTo(LocalDate.of(2026, 1, 16));
                assertThat(fine.issuer())
                    .isEqualTo(
                        new IssuingAuthority(
                            "79", "Phòng Cảnh sát giao thông Công an thành phố Hồ Chí Minh"));
              });
    }

    @Test
    void answersNoFinesForAPlateWithout() {
      assertThat(fines().finesOfPlate("01-K9 88161")).isEmpty();
    }

    @Test
    void answersEmptyForAnUnknownDecision() {
      assertThat(fines().findFine("0/QĐ-XPHC")).isEmpty();
    }

    @Test
    void recordsAPaymentOnceForOneKey() {
      String decisionNo = decisionToPay();
      IdempotencyKey key = new IdempotencyKey("TEST-FINE-" + name() + ":pay");
      LocalDate paidOn = LocalDate.of(2026, 11, 2);

      TrafficFine paid = fines().recordPayment(decisionNo, paidOn, key);

      assertThat(paid.decisionNo()).isEqualTo(decisionNo);
      assertThat(paid.paid()).isTrue();
      assertThat(paid.paidOn()).isEqualTo(paidOn);
      assertThat(fines().findFine(decisionNo)).contains(paid);

      TrafficFine repeated = fines().recordPayment(decisionNo, LocalDate.of(2026, 11, 20), key);

      assertThat(repeated).isEqualTo(paid);
      assertThat(finesWithDecision(decisionNo)).isEqualTo(1);
      assertThat(writesWithKey(key)).isEqualTo(1);
    }

    @Test
    void refusesToPayAFineTwice() {
      IdempotencyKey key = new IdempotencyKey("TEST-FINE-" + name() + ":pay-again");

      assertThatThrownBy(() -> fines().recordPayment(PAID_DECISION, LocalDate.of(2026, 11, 2), key))
          .isInstanceOfSatisfying(
              RegistryRejectedRequestException.class,
              e -> {
                assertThat(e.status()).isEqualTo(409);
                assertThat(e.registry()).isEqualTo("traffic-fines");
              });
      assertThat(fines().findFine(PAID_DECISION))
          .hasValueSatisfying(fine -> assertThat(fine.paidOn()).isNull());
      assertThat(writesWithKey(key)).isZero();
    }

    @Test
    void refusesToPayAnUnknownDecision() {
      IdempotencyKey key = new IdempotencyKey("TEST-FINE-" + name() + ":pay-unknown");

      assertThatThrownBy(() -> fines().recordPayment("0/QĐ-XPHC", LocalDate.of(2026, 11, 2), key))
          .isInstanceOfSatisfying(
              RegistryRecordNotFoundException.class,
              e -> assertThat(e.registry()).isEqualTo("traffic-fines"));
      assertThat(writesWithKey(key)).isZero();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    TrafficFineRegistry fines() {
      return SandboxTrafficFineRegistry.loaded(jdbc, data, transactions);
    }

    @Override
    String decisionToPay() {
      return "9091/QĐ-XPHC";
    }

    @Override
    String name() {
      return "SANDBOX";
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    TrafficFineRegistry fines() {
      return new HttpTrafficFineRegistry(clients.client("traffic-fines"));
    }

    @Override
    String decisionToPay() {
      return "7379/QĐ-XPHC";
    }

    @Override
    String name() {
      return "HTTP";
    }
  }

  @Test
  void aDatabaseLoadedBeforeTheDecisionsFactsGetsThemFilledInOnItsNextStart() {
    // As an H2 file database of an earlier version: fines loaded, their new columns empty. Fines
    // other tests add (TEST-…) are not the data file's and keep their facts.
    jdbc.update(
        "update sandbox_traffic_fine set decided_on = null, issuer_province_code = null,"
            + " issuer_name = null where decision_no not like 'TEST-%'");
    jdbc.update("delete from sandbox_dataset where name = ?", SandboxTrafficFineRegistry.DECISIONS);

    TrafficFineRegistry restarted = SandboxTrafficFineRegistry.loaded(jdbc, data, transactions);

    assertThat(restarted.findFine(UNPAID_DECISION)).contains(UNPAID_FINE);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from sandbox_traffic_fine where decision_no not like 'TEST-%'"
                    + " and (decided_on is null or issuer_province_code is null)",
                Integer.class))
        .isZero();
  }

  @Test
  void templateSumsTheUnpaidFinesOfTheApplicant() {
    assertThat(
            ElementTemplates.run(
                engine,
                "vn.dvc.traffic-fines.lookUpTrafficFines",
                "TEST-FINE-LOOKUP-1",
                Map.of(),
                Map.of("applicantPin", OWES_A_FINE.value())))
        .containsEntry("hasUnpaidFines", true)
        .containsEntry("unpaidDecisionNos", UNPAID_DECISION)
        .containsEntry("unpaidAmountVnd", 4_000_000L);
    assertThat(
            ElementTemplates.run(
                engine,
                "vn.dvc.traffic-fines.lookUpTrafficFines",
                "TEST-FINE-LOOKUP-2",
                Map.of(),
                Map.of("applicantPin", PAID_HIS_FINE.value())))
        .containsEntry("hasUnpaidFines", false)
        .containsEntry("unpaidDecisionNos", "")
        .containsEntry("unpaidAmountVnd", 0L);
  }

  @Test
  void templateRecordsAPaymentAndARetriedJobDoesNotRecordAgain() {
    String decisionNo = "771/QĐ-XPHC";
    Map<String, Object> first =
        ElementTemplates.run(
            engine,
            "vn.dvc.traffic-fines.recordFinePayment",
            "TEST-FINE-PAY-1",
            Map.of(),
            Map.of("decisionNo", decisionNo, "finePaidOn", "2026-11-03"));

    assertThat(first).containsEntry("finePaid", true);
    TrafficFineRegistry sandbox = SandboxTrafficFineRegistry.loaded(jdbc, data, transactions);
    assertThat(sandbox.findFine(decisionNo))
        .hasValueSatisfying(f -> assertThat(f.paidOn()).isEqualTo(LocalDate.of(2026, 11, 3)));

    // Same dossier and task, hence the same key: no second payment, no refusal of a paid fine.
    Map<String, Object> repeated =
        ElementTemplates.run(
            engine,
            "vn.dvc.traffic-fines.recordFinePayment",
            "TEST-FINE-PAY-1",
            Map.of(),
            Map.of("decisionNo", decisionNo, "finePaidOn", "2026-11-04"));

    assertThat(repeated).containsEntry("finePaid", true);
    assertThat(sandbox.findFine(decisionNo))
        .hasValueSatisfying(f -> assertThat(f.paidOn()).isEqualTo(LocalDate.of(2026, 11, 3)));
    assertThat(finesWithDecision(decisionNo)).isEqualTo(1);
  }
}
