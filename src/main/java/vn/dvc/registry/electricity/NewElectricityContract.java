package vn.dvc.registry.electricity;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.dvc.population.Pin;

/** A request for a new connection at an address of a commune. */
public record NewElectricityContract(Pin customerPin, String communeCode, String address) {

  private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");

  public NewElectricityContract {
    Objects.requireNonNull(customerPin, "customerPin");
    if (communeCode == null || !COMMUNE_CODE.matcher(communeCode).matches()) {
      throw new IllegalArgumentException("A commune code has exactly 5 digits");
    }
    // The registry's column is 300 characters long.
    if (address == null || address.isBlank() || address.strip().length() > 300) {
      throw new IllegalArgumentException("The supply address has 1 to 300 characters");
    }
    address = address.strip();
  }
}
