package vn.dvc.registry;

/**
 * A registry could not answer (down, timing out, failing). Technical, hence retried by the engine
 * and then raised as an incident; never a reason to ask the citizen for a paper.
 */
public class RegistryUnavailableException extends RuntimeException {

  private final String registry;

  public RegistryUnavailableException(String registry, String message, Throwable cause) {
    super(registry + " registry unavailable: " + message, cause);
    this.registry = registry;
  }

  public String registry() {
    return registry;
  }
}
