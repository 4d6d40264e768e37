package vn.dvc.population;

import java.time.LocalDate;

/** The citizen identity card; {@code issueDate} is null where it was never entered. */
public record IdCard(String number, LocalDate issueDate, LocalDate expiryDate) {}
