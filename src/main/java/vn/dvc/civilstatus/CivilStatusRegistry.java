package vn.dvc.civilstatus;

import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;

/** Port to the electronic civil-status database. */
@AuditedRegistry("civil-status")
public interface CivilStatusRegistry {

  /** Every marriage the person was a party to, open or dissolved. */
  List<Marriage> marriagesOf(Pin pin);

  Optional<DeathRecord> deathOf(Pin pin);

  /** The digitised birth record of a person, if the register holds one. */
  Optional<BirthRecord> birthOf(Pin child);

  /** The birth already registered on this electronic medical certificate, if any. */
  Optional<BirthRecord> birthByMedicalCertificate(String certificateNo);

  /**
   * Records a birth and gives it the commune's next registration number. Repeating the call with
   * the same key returns the record created the first time.
   */
  BirthRecord registerBirth(BirthRegistration registration, IdempotencyKey key);

  /**
   * Links the PIN the population database assigned to the child's birth record, and answers the
   * record. Unknown record: {@code RegistryRecordNotFoundException}.
   */
  BirthRecord linkChildPin(BirthPinLink link, IdempotencyKey key);

  /**
   * Records a death with the commune's next registration number. Repeating the call with the same
   * key returns the record created the first time.
   */
  DeathRecord registerDeath(DeathRegistration registration, IdempotencyKey key);

  /**
   * Records a marriage with the commune's next registration number. Repeating the call with the
   * same key returns the record created the first time.
   */
  Marriage registerMarriage(MarriageRegistration registration, IdempotencyKey key);
}
