package vn.dvc.procedure.landchangeregistration;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The parties of a land change as the diagram handles them: comma-separated PINs, because a process
 * variable may hold identifiers but not a list (history keeps variables, and a list is serialised
 * as an object). Used in expressions as {@code landChangeParties}: the collections of the
 * multi-instance look-ups, and the accumulation of their findings.
 */
@Component("landChangeParties")
public class LandChangeParties {

  /** The PINs of a comma-separated text, in order, each once; none for null or blank. */
  public List<String> pins(String csv) {
    return List.copyOf(set(csv));
  }

  /** Every PIN of the three texts, each once: the applicant, the owners, the receiving parties. */
  public List<String> everyone(String applicant, String owners, String receivers) {
    Set<String> all = set(applicant);
    all.addAll(set(owners));
    all.addAll(set(receivers));
    return List.copyOf(all);
  }

  /** {@code csv} with {@code pin} added when {@code found} and not there yet. */
  public String addIf(boolean found, String csv, String pin) {
    Set<String> all = set(csv);
    if (found) {
      all.add(pin);
    }
    return String.join(",", all);
  }

  static Set<String> set(String csv) {
    if (csv == null || csv.isBlank()) {
      return new LinkedHashSet<>();
    }
    return new LinkedHashSet<>(
        Arrays.stream(csv.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList());
  }
}
