package vn.dvc.catalogue;

/** The catalogue file cannot be used; the message names the file, the entry and the problem. */
public class CatalogueException extends RuntimeException {

  CatalogueException(String message) {
    super(message);
  }

  CatalogueException(String message, Throwable cause) {
    super(message, cause);
  }
}
