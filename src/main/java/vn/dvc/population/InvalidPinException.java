package vn.dvc.population;

/** The text given as a personal identification number cannot be one. */
public class InvalidPinException extends IllegalArgumentException {

  public InvalidPinException(String message) {
    super(message);
  }
}
