package vn.dvc.procedure.birthregistration;

import static vn.dvc.dossier.DossierVariables.APPLICANT_PIN;
import static vn.dvc.dossier.DossierVariables.DOSSIER_ID;
import static vn.dvc.procedure.birthregistration.BirthVariables.CHILD_DATE_OF_BIRTH;
import static vn.dvc.procedure.birthregistration.BirthVariables.DAYS_SINCE_BIRTH;
import static vn.dvc.procedure.birthregistration.BirthVariables.FATHER_PIN;
import static vn.dvc.procedure.birthregistration.BirthVariables.MOTHER_PIN;
import static vn.dvc.procedure.birthregistration.BirthVariables.OTHER_PARENT_PIN;
import static vn.dvc.procedure.birthregistration.BirthVariables.POPULATION_SAYS_PARENTS_MARRIED;

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
    Citizen applicant = find(Pin.of(APPLICANT_PIN.from(execution).get()));
    Optional<Citizen> otherParent =
        OTHER_PARENT_PIN.from(execution).getOptional().map(Pin::of).map(this::find);
    String dossierId = DOSSIER_ID.from(execution).get();
    Optional<Citizen> mother =
        Stream.concat(Stream.of(applicant), otherParent.stream())
            .filter(p -> p.gender() == Gender.FEMALE)
            .findFirst();
    Optional<Citizen> father =
        Stream.concat(Stream.of(applicant), otherParent.stream())
            .filter(p -> p.gender() == Gender.MALE)
            .findFirst();

    Stream.concat(mother.stream(), father.stream())
        .forEach(parent -> dossiers.addDataIssues(dossierId, checks.check(parent)));

    MOTHER_PIN.on(execution).set(mother.map(p -> p.pin().value()).orElse(null));
    FATHER_PIN.on(execution).set(father.map(p -> p.pin().value()).orElse(null));
    POPULATION_SAYS_PARENTS_MARRIED
        .on(execution)
        .set(
            mother.isPresent()
                && father.isPresent()
                && mother.get().maritalStatus() == MaritalStatus.MARRIED
                && father.get().pin().equals(mother.get().spousePin()));
    LocalDate today = EngineClock.today();
    LocalDate born = LocalDate.parse(CHILD_DATE_OF_BIRTH.from(execution).get());
    DAYS_SINCE_BIRTH.on(execution).set(ChronoUnit.DAYS.between(born, today));
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
