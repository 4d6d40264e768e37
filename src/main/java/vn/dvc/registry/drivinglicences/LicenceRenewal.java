package vn.dvc.registry.drivinglicences;

import java.time.LocalDate;
import java.util.Objects;

/** The body of a renewal on the wire; a renewal without a date is a malformed request. */
record LicenceRenewal(LocalDate newExpiry) {

  LicenceRenewal {
    Objects.requireNonNull(newExpiry, "newExpiry");
  }
}
