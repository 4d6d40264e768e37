package vn.dvc.calendar;

/** A holiday file cannot be used; the message names the file, the entry and the problem. */
public class CalendarException extends RuntimeException {

  CalendarException(String message) {
    super(message);
  }

  CalendarException(String message, Throwable cause) {
    super(message, cause);
  }
}
