package vn.dvc.civilstatus;

import java.time.LocalDate;
import vn.dvc.population.Pin;

public record Marriage(
    String registrationNo,
    String communeCode,
    LocalDate registeredOn,
    Pin husbandPin,
    Pin wifePin,
    LocalDate dissolvedOn) {

  public boolean isOpen() {
    return dissolvedOn == null;
  }

  public boolean isBetween(Pin one, Pin other) {
    return (husbandPin.equals(one) && wifePin.equals(other))
        || (husbandPin.equals(other) && wifePin.equals(one));
  }
}
