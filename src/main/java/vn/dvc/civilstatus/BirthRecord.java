package vn.dvc.civilstatus;

import java.time.LocalDate;
import vn.dvc.population.Gender;
import vn.dvc.population.Pin;

/** A registered birth; {@code childPin} is null until the population database assigns one. */
public record BirthRecord(
    String registrationNo,
    String communeCode,
    LocalDate registeredOn,
    Pin childPin,
    String childName,
    Gender gender,
    LocalDate dateOfBirth,
    Pin fatherPin,
    Pin motherPin,
    String medicalCertificateNo) {}
