package vn.dvc.procedure.intake;

import static vn.dvc.dossier.ProcedureIntake.invalid;

import java.time.LocalDate;
import vn.dvc.population.Pin;
import vn.dvc.time.EngineClock;

/**
 * A date the data declares, checked one step at a time: a date no registry can record is refused
 * with 422 rather than accepted and left to fail in a write-back (a child born in 1800 was once
 * registered in civil status, then stuck as an incident when population could not give it a PIN).
 * JSON Schema's {@code format: date} cannot express "not in the future", "not before that one" nor
 * the years a PIN encodes.
 */
public final class DeclaredDate {

  private final LocalDate date;
  private final String what;

  DeclaredDate(LocalDate date, String what) {
    this.date = date;
    this.what = what;
  }

  public LocalDate value() {
    return date;
  }

  /**
   * Not after today by the engine's clock, so that tests which move time see the same "today" as
   * the process: 422 {@code type} otherwise.
   */
  public DeclaredDate notInFuture(String type) {
    return notAfter(EngineClock.today(), type);
  }

  /** Not after {@code today}: 422 {@code type} otherwise. */
  public DeclaredDate notAfter(LocalDate today, String type) {
    if (date.isAfter(today)) {
      throw invalid(type, what + " " + date + " is in the future.");
    }
    return this;
  }

  /**
   * Not before {@code earliest}: 422 {@code type} otherwise.
   *
   * @param earliestWhat names {@code earliest} in the refusal, e.g. "the deceased's date of birth
   *     in the National Population Database"
   */
  public DeclaredDate notBefore(LocalDate earliest, String earliestWhat, String type) {
    if (earliest != null && date.isBefore(earliest)) {
      throw invalid(type, what + " " + date + " is before " + earliestWhat + ".");
    }
    return this;
  }

  /**
   * Strictly after {@code earlier} (an end after its start): 422 {@code type} otherwise.
   *
   * @param earlierWhat names {@code earlier} in the refusal, e.g. "the start of the absence"
   */
  public DeclaredDate after(LocalDate earlier, String earlierWhat, String type) {
    if (!date.isAfter(earlier)) {
      throw invalid(type, what + " " + date + " is not after " + earlierWhat + " " + earlier + ".");
    }
    return this;
  }

  /**
   * A date of birth population can record, in a year a PIN encodes: 422 {@code
   * impossible-date-of-birth} otherwise.
   */
  public DeclaredDate birthAPinEncodes() {
    if (!Pin.encodesBirthYear(date.getYear())) {
      throw invalid(
          "impossible-date-of-birth",
          what
              + " "
              + date
              + " cannot be registered: a personal identification number encodes births from"
              + " 1900 on only.");
    }
    return this;
  }
}
