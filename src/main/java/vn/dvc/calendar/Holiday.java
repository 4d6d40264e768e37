package vn.dvc.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A day off other than a plain weekend, with the name shown to officers and citizens. */
public record Holiday(LocalDate date, String name) {

  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
  }
}
