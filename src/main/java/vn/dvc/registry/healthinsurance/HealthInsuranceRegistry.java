package vn.dvc.registry.healthinsurance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;

/** Port to the health-insurance registry of social security. */
@AuditedRegistry("health-insurance")
public interface HealthInsuranceRegistry {

  /**
   * Every card the person holds or held, expired ones included, so that a procedure can tell "never
   * insured" from "insurance lapsed".
   */
  List<HealthInsuranceCard> cardsOf(Pin holder);

  /** The card of a number a citizen quotes, e.g. for a renewal. */
  Optional<HealthInsuranceCard> findCard(String cardNo);

  /**
   * Issues a new card, numbered by the registry. The registry refuses (a {@link
   * vn.dvc.registry.RegistryRejectedRequestException}) a card whose period overlaps another card of
   * the same holder: one person is insured once.
   */
  HealthInsuranceCard issueCard(HealthCardIssue request, IdempotencyKey key);

  /**
   * Extends a card to {@code validTo}, the household renewal. An unknown card is a {@link
   * vn.dvc.registry.RegistryRecordNotFoundException}; a date that does not extend the card is
   * refused ({@link vn.dvc.registry.RegistryRejectedRequestException}).
   */
  HealthInsuranceCard renewCard(String cardNo, LocalDate validTo, IdempotencyKey key);
}
