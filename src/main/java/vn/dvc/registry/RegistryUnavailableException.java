package vn.dvc.registry;

/**
 * A registry could not answer (down, unreachable, timing out, failing). Technical, hence retried by
 * the engine and then raised as an incident; never a reason to ask the citizen for a paper.
 */
public class RegistryUnavailableException extends RegistryException {

  public RegistryUnavailableException(String registry, String message, Throwable cause) {
    super(registry, "unavailable, " + message, cause);
  }
}
