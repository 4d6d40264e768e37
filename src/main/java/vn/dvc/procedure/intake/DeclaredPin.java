package vn.dvc.procedure.intake;

import static vn.dvc.dossier.ProcedureIntake.invalid;
import static vn.dvc.dossier.ProcedureIntake.refused;

import java.util.Collection;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;

/** A PIN the data declares for a {@link Party}, checked one step at a time. */
public final class DeclaredPin {

  private final Declared declared;
  private final Party party;
  private final Pin pin;

  DeclaredPin(Declared declared, Party party, Pin pin) {
    this.declared = declared;
    this.party = party;
    this.pin = pin;
  }

  public Pin pin() {
    return pin;
  }

  /** Not the applicant's own PIN: 422 {@code <slug>-is-applicant} with {@code message}. */
  public DeclaredPin notApplicant(String message) {
    return notApplicant(party.slug() + "-is-applicant", message);
  }

  /** Not the applicant's own PIN: 422 {@code type} with {@code message}. */
  public DeclaredPin notApplicant(String type, String message) {
    if (pin.equals(declared.applicant().pin())) {
      throw invalid(type, message);
    }
    return this;
  }

  /** One of {@code allowed}: 422 {@code type} with {@code message} otherwise. */
  public DeclaredPin oneOf(Collection<Pin> allowed, String type, String message) {
    if (!allowed.contains(pin)) {
      throw invalid(type, message);
    }
    return this;
  }

  /** A citizen population holds: 422 {@code unknown-<slug>} otherwise. */
  public DeclaredCitizen knownCitizen() {
    Citizen citizen =
        declared
            .registries()
            .citizens
            .apply(pin)
            .orElseThrow(
                () ->
                    refused(
                        "unknown-" + party.slug(),
                        "intake.unknown-party",
                        pin.value(),
                        party.text()));
    return new DeclaredCitizen(declared.registries(), party, citizen);
  }
}
