package vn.dvc.registry;

/** The registry answered with a 5xx status (or 429): its problem, worth retrying later. */
public class RegistryServerErrorException extends RegistryUnavailableException {

  private final int status;

  public RegistryServerErrorException(String registry, int status, String message) {
    super(registry, message, null);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
