package vn.dvc.registry;

/** The registry answered 2xx with a body we cannot read as the record its contract promises. */
public class RegistryMalformedResponseException extends RegistryException {

  public RegistryMalformedResponseException(String registry, String message, Throwable cause) {
    super(registry, message, cause);
  }
}
