package vn.dvc.registry;

/**
 * A write named a record the registry does not hold (404). Reads never throw this: for them a
 * missing record is an empty answer, which is data for the decisions.
 */
public class RegistryRecordNotFoundException extends RegistryException {

  public RegistryRecordNotFoundException(String registry, String message) {
    super(registry, message, null);
  }
}
