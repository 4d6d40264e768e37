package vn.dvc.civilstatus;

import java.time.LocalDate;
import vn.dvc.population.Gender;
import vn.dvc.population.Pin;

/** What a commune registers when it records a birth. */
public record BirthRegistration(
    String communeCode,
    String childName,
    Gender gender,
    LocalDate dateOfBirth,
    Pin motherPin,
    Pin fatherPin,
    String medicalCertificateNo) {}
