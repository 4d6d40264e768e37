package vn.dvc.variables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The codec of a list of personal identification numbers kept as one process variable: the PINs
 * joined by commas, in order, each once ({@code "001090515663,001050413849"}). A text process
 * variable keeps the history readable and the expressions of the models simple ({@code
 * toPins.contains(pin)} is not what a model should do; a delegate parses the list with {@link
 * #parse}). Parsing is lenient about what people and older instances wrote: blanks around a PIN and
 * empty entries are ignored, a PIN written twice counts once. It does not check that an entry is a
 * valid PIN: the intakes do, before a list becomes a variable.
 */
public final class PinList {

  private static final String SEPARATOR = ",";

  private PinList() {}

  /** The PINs of {@code joined} in their order, each once; empty for null or blank. */
  public static List<String> parse(String joined) {
    if (joined == null || joined.isBlank()) {
      return List.of();
    }
    return distinct(Arrays.stream(joined.split(SEPARATOR)).map(String::trim).toList());
  }

  /**
   * {@code pins} (PINs or their digits; {@code toString} is taken) joined by commas in their order,
   * each once, nulls and blanks left out; "" for none.
   */
  public static String format(Collection<?> pins) {
    List<String> values = new ArrayList<>();
    for (Object pin : pins) {
      if (pin != null) {
        values.add(pin.toString().trim());
      }
    }
    return String.join(SEPARATOR, distinct(values));
  }

  /** {@code joined} with {@code pin} added at the end, unless it is there already. */
  public static String with(String joined, String pin) {
    List<String> pins = new ArrayList<>(parse(joined));
    pins.add(Objects.requireNonNull(pin, "pin"));
    return format(pins);
  }

  /** Whether {@code joined} lists {@code pin}. */
  public static boolean contains(String joined, String pin) {
    return pin != null && parse(joined).contains(pin.trim());
  }

  private static List<String> distinct(List<String> values) {
    Set<String> seen = new LinkedHashSet<>();
    for (String value : values) {
      if (!value.isEmpty()) {
        seen.add(value);
      }
    }
    return List.copyOf(seen);
  }
}
