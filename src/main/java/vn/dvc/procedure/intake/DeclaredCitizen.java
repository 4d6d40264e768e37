package vn.dvc.procedure.intake;

import static vn.dvc.dossier.ProcedureIntake.invalid;

import java.util.function.Predicate;
import vn.dvc.adminunit.Commune;
import vn.dvc.population.Citizen;

/** A citizen population holds under a PIN the data declares, checked one step at a time. */
public final class DeclaredCitizen {

  private final IntakeChecks registries;
  private final Party party;
  private final Citizen citizen;

  DeclaredCitizen(IntakeChecks registries, Party party, Citizen citizen) {
    this.registries = registries;
    this.party = party;
    this.citizen = citizen;
  }

  public Citizen citizen() {
    return citizen;
  }

  /**
   * Alive as population records them: 422 {@code <slug>-deceased} otherwise.
   *
   * @param consequence why that refuses the dossier, e.g. "a marriage cannot be registered"
   */
  public DeclaredCitizen alive(String consequence) {
    if (citizen.deceased()) {
      throw deceased("The National Population Database records", consequence);
    }
    return this;
  }

  /**
   * Alive in population and without a death in civil status, where a death is registered first
   * (population may not have caught up yet): 422 {@code <slug>-deceased} otherwise.
   */
  public DeclaredCitizen aliveInEveryRegistry(String consequence) {
    if (citizen.deceased() || registries.deathRegisteredInCivilStatus.test(citizen.pin())) {
      throw deceased("The registries record", consequence);
    }
    return this;
  }

  /** {@code holds} for the citizen: 422 {@code type} with {@code message} otherwise. */
  public DeclaredCitizen require(Predicate<Citizen> holds, String type, String message) {
    if (!holds.test(citizen)) {
      throw invalid(type, message);
    }
    return this;
  }

  /**
   * The current commune of the citizen's permanent residence, pre-reform addresses resolved: 422
   * {@code type} with {@code message} when it cannot be found.
   */
  public Commune communeOfResidence(String type, String message) {
    return registries.communeOfResidence.apply(citizen).orElseThrow(() -> invalid(type, message));
  }

  private RuntimeException deceased(String registries, String consequence) {
    return invalid(
        party.slug() + "-deceased",
        registries
            + " "
            + party.phrase()
            + " ("
            + citizen.pin()
            + ") as deceased; "
            + consequence
            + ".");
  }
}
