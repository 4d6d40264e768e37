package vn.dvc.procedure.birthregistration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.dataquality.CitizenRecordChecks;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.population.Citizen;
import vn.dvc.population.Gender;
import vn.dvc.population.MaritalStatus;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.time.EngineClock;

/**
 * Finds both parents in population, records what is inconsistent about their records for the
 * officer, and sets the facts the decisions need: {@code motherPin}, {@code fatherPin}, {@code
 * populationSaysParentsMarried}, {@code daysSinceBirth}.
 */
@Component("lookUpParents")
class LookUpParentsDelegate implements JavaDelegate {

  private final PopulationRegistry population;
  private final CitizenRecordChecks checks;
  private final DossierRepository dossiers;

  LookUpParentsDelegate(
      PopulationRegistry population, CitizenRecordChecks checks, DossierRepository dossiers) {
    this.population = population;
    this.checks = checks;
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BirthVariables variables = new BirthVariables(execution);
    Citizen applicant = find(variables.applicantPin());
    Optional<Citizen> otherParent =
        Optional.ofNullable(variables.pin("otherParentPin")).map(this::find);
    Optional<Citizen> mother =
        Stream.concat(Stream.of(applicant), otherParent.stream())
            .filter(p -> p.gender() == Gender.FEMALE)
            .findFirst();
    Optional<Citizen> father =
        Stream.concat(Stream.of(applicant), otherParent.stream())
            .filter(p -> p.gender() == Gender.MALE)
            .findFirst();

    Stream.concat(mother.stream(), father.stream())
        .forEach(parent -> dossiers.addDataIssues(variables.dossierId(), checks.check(parent)));

    execution.setVariable("motherPin", mother.map(p -> p.pin().value()).orElse(null));
    execution.setVariable("fatherPin", father.map(p -> p.pin().value()).orElse(null));
    execution.setVariable(
        "populationSaysParentsMarried",
        mother.isPresent()
            && father.isPresent()
            && mother.get().maritalStatus() == MaritalStatus.MARRIED
            && father.get().pin().equals(mother.get().spousePin()));
    LocalDate today = EngineClock.today();
    execution.setVariable(
        "daysSinceBirth", ChronoUnit.DAYS.between(variables.childDateOfBirth(), today));
  }

  private Citizen find(Pin pin) {
    // Both parents were found at intake; missing now means the registry changed under us, which
    // an officer must look at, hence an incident rather than a silent default.
    return population
        .findCitizen(pin)
        .orElseThrow(
            () -> new IllegalStateException("Parent " + pin + " is no longer in population"));
  }
}
