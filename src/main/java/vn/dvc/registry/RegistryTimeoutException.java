package vn.dvc.registry;

/** The registry did not answer within the configured timeout. */
public class RegistryTimeoutException extends RegistryUnavailableException {

  public RegistryTimeoutException(String registry, String message, Throwable cause) {
    super(registry, message, cause);
  }
}
