package vn.dvc.adminunit;

import java.util.List;

/**
 * A province after the 2025 reform. {@code legacyBirthPlaceCodes} are the three-digit codes of the
 * pre-reform provinces merged into it; personal identification numbers still start with them.
 */
public record Province(String code, String name, List<String> legacyBirthPlaceCodes) {

  /** The code that a PIN assigned today for a birth registered in this province starts with. */
  public String birthPlaceCodeForNewPins() {
    return legacyBirthPlaceCodes.get(0);
  }
}
