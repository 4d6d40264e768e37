package vn.dvc.registry.notarization;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Notarization: find the contract about a subject". Inputs {@code partyPin}, {@code
 * subjects} (comma-separated: what the contract's subject must mention, e.g. a certificate number
 * and a parcel id), optional {@code contractType} and {@code contractNo} (the number the citizen
 * quoted). Outputs {@code contractFound}, {@code foundContractNo}, {@code contractPartyPins}
 * (comma-separated) and {@code contractNotarizedOn} (ISO).
 *
 * <p>A quoted number is tried first; when it names no contract of that type about the subject (a
 * typing error, another parcel), the party's own contracts are searched, the latest first: once
 * only, the citizen is not asked for a copy of a contract notarization holds. Nothing found is an
 * answer (contractFound = false), not an incident.
 */
@Component("findNotarizedContract")
class FindNotarizedContractDelegate implements JavaDelegate {

  private final NotarizationRegistry notarization;

  FindNotarizedContractDelegate(NotarizationRegistry notarization) {
    this.notarization = notarization;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pin party = RegistryTasks.pin(execution, "partyPin");
    String type = RegistryTasks.optionalText(execution, "contractType");
    List<String> subjects =
        Arrays.stream(RegistryTasks.text(execution, "subjects").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    String quoted = RegistryTasks.optionalText(execution, "contractNo");
    Optional<NotarizedContract> contract =
        Optional.ofNullable(quoted)
            .flatMap(notarization::findContract)
            .filter(c -> fits(c, type, subjects))
            .or(
                () ->
                    notarization.contractsOf(party).stream()
                        .filter(c -> fits(c, type, subjects))
                        .reduce((older, newer) -> newer));
    RegistryTasks.output(execution, "contractFound", contract.isPresent());
    RegistryTasks.output(
        execution, "foundContractNo", contract.map(NotarizedContract::contractNo).orElse(null));
    RegistryTasks.output(
        execution,
        "contractPartyPins",
        contract
            .map(c -> c.partyPins().stream().map(Pin::value).collect(Collectors.joining(",")))
            .orElse(null));
    RegistryTasks.output(
        execution,
        "contractNotarizedOn",
        contract.map(c -> c.notarizedOn().toString()).orElse(null));
  }

  private static boolean fits(NotarizedContract contract, String type, List<String> subjects) {
    return (type == null || contract.contractType().equalsIgnoreCase(type))
        && subjects.stream().anyMatch(contract.subject()::contains);
  }
}
