package vn.dvc.procedure.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.civilstatus.CivilStatusRegistry;
import vn.dvc.population.Citizen;
import vn.dvc.population.CommuneOfResidence;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;

/**
 * The registries the intake checks ask, and where an intake starts: {@link #declared} reads a
 * dossier's data for the checks. Only the look-ups the checks need are kept, so the checks are
 * tested without the registries.
 */
@Component
public class IntakeChecks {

  final Function<Pin, Optional<Citizen>> citizens;
  final Predicate<Pin> deathRegisteredInCivilStatus;
  final Function<String, Optional<Commune>> communes;
  final Function<Citizen, Optional<Commune>> communeOfResidence;

  @Autowired
  IntakeChecks(
      PopulationRegistry population,
      CivilStatusRegistry civilStatus,
      AdministrativeUnits units,
      CommuneOfResidence communeOfResidence) {
    this(
        population::findCitizen,
        pin -> civilStatus.deathOf(pin).isPresent(),
        units::commune,
        communeOfResidence::of);
  }

  IntakeChecks(
      Function<Pin, Optional<Citizen>> citizens,
      Predicate<Pin> deathRegisteredInCivilStatus,
      Function<String, Optional<Commune>> communes,
      Function<Citizen, Optional<Commune>> communeOfResidence) {
    this.citizens = citizens;
    this.deathRegisteredInCivilStatus = deathRegisteredInCivilStatus;
    this.communes = communes;
    this.communeOfResidence = communeOfResidence;
  }

  /** The data of a dossier {@code applicant} files, which has passed the procedure's schema. */
  public Declared declared(Citizen applicant, JsonNode data) {
    return new Declared(this, applicant, data);
  }
}
