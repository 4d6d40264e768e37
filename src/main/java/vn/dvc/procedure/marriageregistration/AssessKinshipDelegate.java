package vn.dvc.procedure.marriageregistration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.registry.RegistryTasks;

/**
 * Sets {@code kinship}, the relation of the two parties as far as population's parent links show (a
 * {@link Kinship.Relation} name), for the eligibility decision. Only the relation is kept: the PINs
 * of parents and grandparents walked through stay out of the process variables.
 */
@Component("assessKinship")
class AssessKinshipDelegate implements JavaDelegate {

  private final PopulationRegistry population;

  AssessKinshipDelegate(PopulationRegistry population) {
    this.population = population;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The walk asks for the same people more than once (both parties' parents again when it
    // compares siblings); each is read from population once per assessment.
    Map<Pin, List<Pin>> known = new HashMap<>();
    Kinship kinship =
        new Kinship(
            person ->
                known.computeIfAbsent(
                    person,
                    pin ->
                        population
                            .findCitizen(pin)
                            .map(
                                c -> Stream.of(c.fatherPin(), c.motherPin()).filter(p -> p != null))
                            .map(Stream::toList)
                            .orElse(List.<Pin>of())));
    execution.setVariable(
        "kinship",
        kinship
            .between(
                RegistryTasks.pin(execution, "applicantPin"),
                RegistryTasks.pin(execution, "partnerPin"))
            .name());
  }
}
