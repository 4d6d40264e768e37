package vn.dvc.dossier;

import java.time.LocalDate;
import vn.dvc.population.Pin;

/**
 * The check every intake makes on the dates a dossier declares, before anything is written: a date
 * no registry can record is refused with 422 rather than accepted and left to fail in a write-back
 * (a child born in 1800 was once registered in civil status, then stuck as an incident when
 * population could not give it a PIN). JSON Schema's {@code format: date} cannot express "not in
 * the future" nor the years a PIN encodes, so this is Java, in one place.
 */
public final class DeclaredDates {

  private DeclaredDates() {}

  /**
   * A date of birth population can record: not after {@code today} and in a year a PIN encodes.
   *
   * @param what names the date in the refusal, e.g. "The child's date of birth"
   * @param futureType the problem type of a birth in the future, e.g. {@code child-born-in-future}
   */
  public static LocalDate birth(LocalDate date, LocalDate today, String what, String futureType) {
    notAfter(date, today, what, futureType);
    if (!Pin.encodesBirthYear(date.getYear())) {
      throw ProcedureIntake.invalid(
          "impossible-date-of-birth",
          what
              + " "
              + date
              + " cannot be registered: a personal identification number encodes births from"
              + " 1900 on only.");
    }
    return date;
  }

  /** A date of an event that has happened: not after {@code today}. */
  public static LocalDate notAfter(LocalDate date, LocalDate today, String what, String type) {
    if (date.isAfter(today)) {
      throw ProcedureIntake.invalid(type, what + " " + date + " is in the future.");
    }
    return date;
  }
}
