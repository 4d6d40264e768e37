package vn.dvc.registry;

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

  /** The dossier code and the task: the same on every retry of this task's job. */
  public static IdempotencyKey writeKey(DelegateExecution execution) {
    String dossier = execution.getProcessInstance().getBusinessKey();
    if (dossier == null) {
      throw new IllegalStateException(
          "A registry write needs the dossier code as business key; "
              + execution.getProcessInstanceId()
              + " has none");
    }
    return IdempotencyKey.of(dossier, execution.getCurrentActivityId());
  }

  /** Sets a result for the template's output parameters to map. */
  public static void output(DelegateExecution execution, String name, Object value) {
    execution.setVariableLocal(name, value);
  }
}
