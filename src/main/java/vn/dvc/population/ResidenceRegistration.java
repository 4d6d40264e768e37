package vn.dvc.population;

import java.time.LocalDate;

/**
 * A permanent residence to register: always in a current commune, never with the pre-reform names.
 * {@code householdId} is the household joined, or null to stay in one's own.
 */
public record ResidenceRegistration(
    String communeCode, String address, String householdId, LocalDate registeredOn) {}
