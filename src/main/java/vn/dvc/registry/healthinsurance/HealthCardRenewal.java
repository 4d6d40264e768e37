package vn.dvc.registry.healthinsurance;

import java.time.LocalDate;

/** The body of a renewal over HTTP; the card is named by the path. */
record HealthCardRenewal(LocalDate validTo) {}
