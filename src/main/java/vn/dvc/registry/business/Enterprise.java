package vn.dvc.registry.business;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * An enterprise as registered: its code (also its tax code), its legal representative, the commune
 * of its seat and whether it registered a seal.
 */
public record Enterprise(
    String enterpriseCode,
    String name,
    Pin legalRepresentativePin,
    String communeCode,
    LocalDate registeredOn,
    boolean hasSeal) {

  public Enterprise {
    Objects.requireNonNull(enterpriseCode, "enterpriseCode");
    Objects.requireNonNull(legalRepresentativePin, "legalRepresentativePin");
  }
}
