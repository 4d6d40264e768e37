package vn.dvc.registry;

/**
 * A registry call failed. The subclasses tell apart what the engine should retry (the registry is
 * unavailable) from what needs a person (the registry refused our request, or answered nonsense); a
 * record that does not exist is never an exception but an empty answer.
 */
public abstract class RegistryException extends RuntimeException {

  private final String registry;

  protected RegistryException(String registry, String message, Throwable cause) {
    super(registry + " registry: " + message, cause);
    this.registry = registry;
  }

  public String registry() {
    return registry;
  }
}
