package vn.dvc.population;

import java.time.LocalDate;

/**
 * A registered residence. {@code communeCode} is null when the registry still holds only the
 * pre-reform {@code legacyAddress}.
 */
public record Residence(
    String communeCode, String address, String legacyAddress, LocalDate registeredOn) {

  public boolean writtenBeforeReform() {
    return communeCode == null && legacyAddress != null;
  }
}
