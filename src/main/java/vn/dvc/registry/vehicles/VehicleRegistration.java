package vn.dvc.registry.vehicles;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.dvc.population.Pin;

/**
 * A request to register a vehicle. {@code communeCode} is the owner's commune: the plate's prefix
 * is the code of its province.
 */
public record VehicleRegistration(
    Pin ownerPin,
    String vehicleType,
    String brand,
    String frameNo,
    String engineNo,
    String communeCode) {

  private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");

  public VehicleRegistration {
    Objects.requireNonNull(ownerPin, "ownerPin");
    vehicleType = required("vehicleType", vehicleType, 20);
    brand = required("brand", brand, 100);
    frameNo = required("frameNo", frameNo, 30);
    engineNo = required("engineNo", engineNo, 30);
    if (communeCode == null || !COMMUNE_CODE.matcher(communeCode).matches()) {
      throw new IllegalArgumentException("A commune code has exactly 5 digits");
    }
  }

  // The registry's columns are this long; a longer value is a wrong request, not a registry error.
  private static String required(String field, String value, int maxLength) {
    if (value == null || value.isBlank() || value.strip().length() > maxLength) {
      throw new IllegalArgumentException(
          "The " + field + " of a vehicle registration has 1 to " + maxLength + " characters");
    }
    return value.strip();
  }
}
