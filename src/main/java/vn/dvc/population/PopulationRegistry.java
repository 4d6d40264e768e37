package vn.dvc.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.registry.IdempotencyKey;

/** Port to the National Population Database. */
@AuditedRegistry("population")
public interface PopulationRegistry {

  Optional<Citizen> findCitizen(Pin pin);

  /**
   * Enters a newborn and assigns their PIN. Repeating the call with the same key returns the
   * citizen created the first time.
   */
  Citizen registerNewborn(Newborn newborn, IdempotencyKey key);

  /** Everyone registered in the household, the head included. */
  List<Citizen> householdMembers(String householdId);

  /** Marks the citizen deceased, as a death registration requires. */
  Citizen recordDeath(Pin pin, LocalDate dateOfDeath, IdempotencyKey key);

  /**
   * Records the citizen as married to {@code spousePin} since {@code marriedOn}, as a marriage
   * registration requires of each party. Repeating the call with the same key writes nothing more.
   */
  Citizen recordMarriage(Pin pin, Pin spousePin, LocalDate marriedOn, IdempotencyKey key);

  /** Registers (or moves) the citizen's permanent residence; the address replaces any older one. */
  Citizen registerPermanentResidence(Pin pin, ResidenceRegistration residence, IdempotencyKey key);

  /** Removes the permanent residence (death, emigration, a residence registered elsewhere). */
  Citizen removePermanentResidence(Pin pin, IdempotencyKey key);

  /**
   * Records on the citizen's population record that they are temporarily absent from their commune
   * of permanent residence (a temporary absence declaration accepted by the commune police).
   * Repeating the call with the same key records nothing more and answers the absence recorded the
   * first time. A citizen without a permanent residence cannot be absent from it.
   */
  TemporaryAbsence recordTemporaryAbsence(
      Pin pin, AbsenceDeclaration declaration, IdempotencyKey key);

  /** The temporary absences population holds for the citizen, oldest first. */
  List<TemporaryAbsence> temporaryAbsences(Pin pin);
}
