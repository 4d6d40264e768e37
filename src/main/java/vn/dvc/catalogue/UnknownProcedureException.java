package vn.dvc.catalogue;

/** No procedure of the catalogue has this key. */
public class UnknownProcedureException extends RuntimeException {

  private final String key;

  public UnknownProcedureException(String key) {
    super("There is no procedure \"" + key + "\" in the catalogue.");
    this.key = key;
  }

  public String key() {
    return key;
  }
}
