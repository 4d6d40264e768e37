package vn.dvc.registry.drivinglicences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
import vn.dvc.sandbox.SandboxData;

/** The driving-licence port's contract, held by the sandbox and by the HTTP client against it. */
@DvcSpringBootTest
class DrivingLicenceRegistryContractTest {

  static final Pin HOLDER_OF_CLASS_A = Pin.of("001062985408");
  static final Pin HOLDS_NO_LICENCE = Pin.of("001030455036");
  static final Pin EXPIRED_IN_2022 = Pin.of("048052006352");
  static final Pin EXPIRED_IN_APRIL_2026 = Pin.of("040096193824");
  static final Pin VALID_UNTIL_2036 = Pin.of("001055923776");

  /** Noon in Hanoi on the snapshot date of the sandbox data. */
  static final OffsetDateTime SNAPSHOT = OffsetDateTime.parse("2026-11-01T12:00:00+07:00");

  @Autowired JdbcTemplate jdbc;
  @Autowired SandboxData data;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RegistryHttpClients clients;
  @Autowired ProcessEngine engine;

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  int rowsOf(String licenceNo) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_driving_licence where licence_no = ?",
        Integer.class,
        licenceNo);
  }

  abstract class Contract {

    abstract DrivingLicenceRegistry licences();

    /** An expired licence that only this implementation's renewal test writes. */
    abstract String licenceToRenew();

    abstract String name();

    @Test
    void findsTheLicenceOfAHolderWithItsClassAndNoExpiryForClassA() {
      assertThat(licences().licencesOf(HOLDER_OF_CLASS_A))
          .singleElement()
          .satisfies(
              licence -> {
                assertThat(licence.licenceNo()).isEqualTo("025092233439");
                assertThat(licence.holderPin()).isEqualTo(HOLDER_OF_CLASS_A);
                assertThat(licence.licenceClass()).isEqualTo("A");
                assertThat(licence.issuedOn()).isEqualTo(LocalDate.of(2012, 1, 8));
                assertThat(licence.expiresOn()).isNull();
                assertThat(licence.points()).isEqualTo(12);
              });
    }

    @Test
    void answersNoLicencesForSomeoneWhoHoldsNone() {
      assertThat(licences().licencesOf(HOLDS_NO_LICENCE)).isEmpty();
    }

    @Test
    void findsALicenceByItsNumberWithItsExpiry() {
      assertThat(licences().findLicence("614358418887"))
          .hasValueSatisfying(
              licence -> {
                assertThat(licence.holderPin()).isEqualTo(EXPIRED_IN_2022);
                assertThat(licence.licenceClass()).isEqualTo("C1");
                assertThat(licence.expiresOn()).isEqualTo(LocalDate.of(2022, 1, 2));
                assertThat(licence.expiredOn(LocalDate.of(2022, 1, 2))).isFalse();
                assertThat(licence.expiredOn(LocalDate.of(2022, 1, 3))).isTrue();
              });
    }

    @Test
    void answersEmptyForAnUnknownLicence() {
      assertThat(licences().findLicence("000000000000")).isEmpty();
    }

    @Test
    void renewsALicenceOnceForOneKey() {
      String licenceNo = licenceToRenew();
      IdempotencyKey key = new IdempotencyKey("TEST-DL-" + name() + ":renew");
      LocalDate newExpiry = LocalDate.of(2036, 11, 1);

      DrivingLicence renewed = licences().renewLicence(licenceNo, newExpiry, key);

      assertThat(renewed.licenceNo()).isEqualTo(licenceNo);
      assertThat(renewed.expiresOn()).isEqualTo(newExpiry);
      assertThat(licences().findLicence(licenceNo))
          .hasValueSatisfying(l -> assertThat(l.expiresOn()).isEqualTo(newExpiry));

      DrivingLicence repeated = licences().renewLicence(licenceNo, LocalDate.of(2040, 1, 1), key);

      assertThat(repeated).isEqualTo(renewed);
      assertThat(rowsOf(licenceNo)).isEqualTo(1);
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from sandbox_write where idempotency_key = ?",
                  Integer.class,
                  key.value()))
          .isEqualTo(1);
    }

    @Test
    void refusesToRenewAnUnknownLicenceAndRemembersNoWrite() {
      IdempotencyKey key = new IdempotencyKey("TEST-DL-" + name() + ":renew-unknown");

      assertThatThrownBy(
              () -> licences().renewLicence("000000000000", LocalDate.of(2036, 1, 1), key))
          .isInstanceOf(RegistryRecordNotFoundException.class)
          .satisfies(
              e ->
                  assertThat(((RegistryRecordNotFoundException) e).registry())
                      .isEqualTo("driving-licences"));
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from sandbox_write where idempotency_key = ?",
                  Integer.class,
                  key.value()))
          .isZero();
    }
  }

  @Nested
  class Sandbox extends Contract {
    @Override
    DrivingLicenceRegistry licences() {
      return SandboxDrivingLicenceRegistry.loaded(jdbc, data, transactions);
    }

    @Override
    String licenceToRenew() {
      return "004737046486";
    }

    @Override
    String name() {
      return "SANDBOX";
    }
  }

  @Nested
  class OverHttp extends Contract {
    @Override
    DrivingLicenceRegistry licences() {
      return new HttpDrivingLicenceRegistry(clients.client("driving-licences"));
    }

    @Override
    String licenceToRenew() {
      return "748488185720";
    }

    @Override
    String name() {
      return "HTTP";
    }
  }

  Map<String, Object> lookUp(String dossier, Pin pin) {
    return ElementTemplates.run(
        engine,
        "vn.dvc.driving-licences.lookUpDrivingLicences",
        dossier,
        Map.of(),
        Map.of("applicantPin", pin.value()));
  }

  @Test
  void templateCountsTheDaysSinceALicenceExpiredOnTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(SNAPSHOT.toInstant()));

    assertThat(lookUp("TEST-DL-LOOKUP-1", EXPIRED_IN_APRIL_2026))
        .containsEntry("holdsLicence", true)
        .containsEntry("licenceNos", "496787186007")
        .containsEntry("licenceClasses", "B")
        .containsEntry("anyLicenceExpired", true)
        .containsEntry("daysSinceLicenceExpiry", 195L);
    assertThat(lookUp("TEST-DL-LOOKUP-2", EXPIRED_IN_2022))
        .containsEntry("anyLicenceExpired", true)
        .containsEntry("daysSinceLicenceExpiry", 1764L);
  }

  @Test
  void templateTellsALicenceThatHasNotExpiredFromNoLicenceAtAll() {
    ClockUtil.setCurrentTime(Date.from(SNAPSHOT.toInstant()));

    assertThat(lookUp("TEST-DL-LOOKUP-3", VALID_UNTIL_2036))
        .containsEntry("holdsLicence", true)
        .containsEntry("anyLicenceExpired", false)
        .containsEntry("daysSinceLicenceExpiry", null);
    assertThat(lookUp("TEST-DL-LOOKUP-4", HOLDER_OF_CLASS_A))
        .containsEntry("licenceClasses", "A")
        .containsEntry("anyLicenceExpired", false);
    assertThat(lookUp("TEST-DL-LOOKUP-5", HOLDS_NO_LICENCE))
        .containsEntry("holdsLicence", false)
        .containsEntry("licenceNos", "")
        .containsEntry("anyLicenceExpired", false)
        .containsEntry("daysSinceLicenceExpiry", null);
  }

  @Test
  void templateRenewsALicenceAndARetriedJobDoesNotRenewAgain() {
    String licenceNo = "431562632068";
    Map<String, Object> variables =
        Map.of("licenceNo", licenceNo, "newLicenceExpiry", "2036-08-26");

    Map<String, Object> first =
        ElementTemplates.run(
            engine,
            "vn.dvc.driving-licences.renewDrivingLicence",
            "TEST-DL-RENEW-1",
            Map.of(),
            variables);

    assertThat(first).containsEntry("licenceRenewedUntil", "2036-08-26");
    assertThat(
            SandboxDrivingLicenceRegistry.loaded(jdbc, data, transactions).findLicence(licenceNo))
        .hasValueSatisfying(l -> assertThat(l.expiresOn()).isEqualTo(LocalDate.of(2036, 8, 26)));

    // Same dossier and task, hence the same key: the registry answers the first renewal.
    Map<String, Object> repeated =
        ElementTemplates.run(
            engine,
            "vn.dvc.driving-licences.renewDrivingLicence",
            "TEST-DL-RENEW-1",
            Map.of(),
            Map.of("licenceNo", licenceNo, "newLicenceExpiry", "2040-01-01"));

    assertThat(repeated).containsEntry("licenceRenewedUntil", "2036-08-26");
    assertThat(rowsOf(licenceNo)).isEqualTo(1);
  }
}
