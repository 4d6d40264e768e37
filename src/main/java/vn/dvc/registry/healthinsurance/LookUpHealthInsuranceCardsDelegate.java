package vn.dvc.registry.healthinsurance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;
import vn.dvc.time.EngineClock;

/**
 * Template "Health insurance: look up a citizen's cards". Input {@code pin}; outputs {@code
 * hasValidCard} (a card covers today by the engine's clock, so that a test moving the clock sees
 * cards expire), {@code cardNos} (comma-separated) and {@code validTo} (ISO date of the card ending
 * last, null without cards).
 */
@Component("lookUpHealthInsuranceCards")
class LookUpHealthInsuranceCardsDelegate implements JavaDelegate {

  private final HealthInsuranceRegistry healthInsurance;

  LookUpHealthInsuranceCardsDelegate(HealthInsuranceRegistry healthInsurance) {
    this.healthInsurance = healthInsurance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<HealthInsuranceCard> cards = healthInsurance.cardsOf(RegistryTasks.pin(execution, "pin"));
    LocalDate today = EngineClock.today();
    RegistryTasks.output(
        execution, "hasValidCard", cards.stream().anyMatch(card -> card.coversDay(today)));
    RegistryTasks.output(
        execution,
        "cardNos",
        cards.stream().map(HealthInsuranceCard::cardNo).collect(Collectors.joining(",")));
    RegistryTasks.output(
        execution,
        "validTo",
        cards.stream()
            .map(HealthInsuranceCard::validTo)
            .max(Comparator.naturalOrder())
            .map(LocalDate::toString)
            .orElse(null));
  }
}
