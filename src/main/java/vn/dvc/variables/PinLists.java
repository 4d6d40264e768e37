package vn.dvc.variables;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@link PinList} for the models' expressions, as {@code pinLists}: the collections of
 * multi-instance look-ups over a list of parties ({@code ${pinLists.pins(toPins)}}) and the
 * accumulation of their findings ({@code ${pinLists.addIf(deceased, deceasedOwnerPins,
 * ownerPin)}}). Public for the expression language, which calls public methods of public classes
 * only.
 */
@Component("pinLists")
public class PinLists {

  /** The PINs of a list, in order, each once; none for null or blank. */
  public List<String> pins(String list) {
    return PinList.parse(list);
  }

  /** Every PIN of the three lists (e.g. applicant, owners, receiving parties), each once. */
  public List<String> everyone(String first, String second, String third) {
    List<String> all = new ArrayList<>(PinList.parse(first));
    all.addAll(PinList.parse(second));
    all.addAll(PinList.parse(third));
    return PinList.parse(PinList.format(all));
  }

  /** {@code list} with {@code pin} added when {@code found} and not there yet. */
  public String addIf(boolean found, String list, String pin) {
    return found ? PinList.with(list, pin) : PinList.format(PinList.parse(list));
  }
}
