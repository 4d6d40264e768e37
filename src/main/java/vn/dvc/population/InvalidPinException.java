package vn.dvc.population;

/**
 * The text given as a personal identification number cannot be one. The message is English (logs);
 * {@link #code()} and {@link #arguments()} name the rule for an answer in the caller's language.
 */
public class InvalidPinException extends IllegalArgumentException {

  private final String code;
  private final Object[] arguments;

  public InvalidPinException(String message) {
    this(message, "pin.invalid");
  }

  public InvalidPinException(String message, String code, Object... arguments) {
    super(message);
    this.code = code;
    this.arguments = arguments.clone();
  }

  /** The message key of the rule broken, e.g. {@code pin.twelve-digits}. */
  public String code() {
    return code;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
