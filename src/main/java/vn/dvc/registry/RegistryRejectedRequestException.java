package vn.dvc.registry;

/**
 * The registry refused the request with a 4xx status: the request is wrong, so repeating it will
 * not help. Still technical (an incident for an operator), never a verdict on the citizen.
 */
public class RegistryRejectedRequestException extends RegistryException {

  private final int status;

  public RegistryRejectedRequestException(String registry, int status, String message) {
    super(registry, message, null);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
