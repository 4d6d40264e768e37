package vn.dvc.registry.healthinsurance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.dvc.registry.RegistryTasks;

/** Dates as the health-insurance templates take them: ISO text such as 2027-05-06. */
final class HealthInsuranceInputs {

  private HealthInsuranceInputs() {}

  static LocalDate date(DelegateExecution execution, String input) {
    return parse(execution, input, RegistryTasks.text(execution, input));
  }

  /** Null when the template leaves the input empty. */
  static LocalDate optionalDate(DelegateExecution execution, String input) {
    String text = RegistryTasks.optionalText(execution, input);
    return text == null ? null : parse(execution, input, text);
  }

  private static LocalDate parse(DelegateExecution execution, String input, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The input '"
              + input
              + "' of task "
              + execution.getCurrentActivityId()
              + " is not a date like 2027-05-06",
          e);
    }
  }
}
