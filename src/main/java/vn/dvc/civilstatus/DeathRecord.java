package vn.dvc.civilstatus;

import java.time.LocalDate;
import vn.dvc.population.Pin;

public record DeathRecord(
    String registrationNo,
    String communeCode,
    LocalDate registeredOn,
    Pin deceasedPin,
    LocalDate dateOfDeath) {}
