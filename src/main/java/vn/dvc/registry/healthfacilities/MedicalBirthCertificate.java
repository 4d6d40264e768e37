package vn.dvc.registry.healthfacilities;

import java.time.LocalDate;
import vn.dvc.population.Gender;
import vn.dvc.population.Pin;

public record MedicalBirthCertificate(
    String certificateNo, String facility, Pin motherPin, LocalDate dateOfBirth, Gender gender) {}
