package vn.dvc.registry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.dvc.population.Pin;

/**
 * What the registry delegates behind the element templates share: reading their inputs (the
 * template's input parameters, local to the task) and deriving the key of a write from the dossier
 * and the task, so that a retried job repeats the same write.
 */
public final class RegistryTasks {

  private RegistryTasks() {}

  /** A required input; a missing one is a modelling error, hence an incident, not a default. */
  public static String text(DelegateExecution execution, String input) {
    Object value = execution.getVariable(input);
    if (value == null || value.toString().isBlank()) {
      throw new IllegalArgumentException(
          "The input '"
              + input
              + "' of task "
              + execution.getCurrentActivityId()
              + " is empty; set it in the task's registry template");
    }
    return value.toString().trim();
  }

  public static Pin pin(DelegateExecution execution, String input) {
    return Pin.of(text(execution, input));
  }

  /** An optional input: null when the template leaves it empty. */
  public static String optionalText(DelegateExecution execution, String input) {
    Object value = execution.getVariable(input);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /** An optional PIN: null when the template leaves it empty, else it must be a valid one. */
  public static Pin optionalPin(DelegateExecution execution, String input) {
    String text = optionalText(execution, input);
    return text == null ? null : Pin.of(text);
  }

  /**
   * A required choice among the constants of {@code type}: the template offers them as a dropdown,
   * but an expression may still give anything.
   */
  public static <E extends Enum<E>> E choice(
      DelegateExecution execution, String input, Class<E> type) {
    String text = text(execution, input);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "The input '"
              + input
              + "' of task "
              + execution.getCurrentActivityId()
              + " is '"
              + text
              + "', not one of "
              + Arrays.toString(type.getEnumConstants()),
          e);
    }
  }

  /** A required ISO date such as 2027-05-06. */
  public static LocalDate date(DelegateExecution execution, String input) {
    return parseDate(execution, input, text(execution, input));
  }

  /** An optional ISO date: null when the template leaves it empty. */
  public static LocalDate optionalDate(DelegateExecution execution, String input) {
    String text = optionalText(execution, input);
    return text == null ? null : parseDate(execution, input, text);
  }

  private static LocalDate parseDate(DelegateExecution execution, String input, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The input '"
              + input
              + "' of task "
              + execution.getCurrentActivityId()
              + " is '"
              + text
              + "', not an ISO date like 2027-05-06",
          e);
    }
  }

  /** The dossier code, which every dossier's process instance carries as business key. */
  public static String dossierCode(DelegateExecution execution) {
    String dossier = execution.getProcessInstance().getBusinessKey();
    if (dossier == null) {
      throw new IllegalStateException(
          "Task "
              + execution.getCurrentActivityId()
              + " needs the dossier code as business key; process instance "
              + execution.getProcessInstanceId()
              + " has none");
    }
    return dossier;
  }

  /** The dossier code and the task: the same on every retry of this task's job. */
  public static IdempotencyKey writeKey(DelegateExecution execution) {
    return IdempotencyKey.of(dossierCode(execution), execution.getCurrentActivityId());
  }

  /** Sets a result for the template's output parameters to map. */
  public static void output(DelegateExecution execution, String name, Object value) {
    execution.setVariableLocal(name, value);
  }
}
