package vn.dvc.population;

import java.time.LocalDate;

/** A child whose birth was registered, to be entered in the population database. */
public record Newborn(
    String fullName,
    Gender gender,
    LocalDate dateOfBirth,
    Pin motherPin,
    Pin fatherPin,
    String registeredInCommuneCode,
    String birthRegistrationNo) {}
