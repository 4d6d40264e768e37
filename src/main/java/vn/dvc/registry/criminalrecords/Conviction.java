package vn.dvc.registry.criminalrecords;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * One person's conviction by one judgment. A judgment may convict several people, so a conviction
 * is identified by the judgment number and the person together.
 *
 * @param expunged the conviction is erased: the person counts as never convicted of it, and a
 *     criminal record certificate of type 1 leaves it out
 */
public record Conviction(
    String judgmentNo,
    Pin person,
    String court,
    LocalDate judgmentDate,
    String offence,
    String sentence,
    boolean expunged) {

  public Conviction {
    Objects.requireNonNull(judgmentNo, "judgmentNo");
    Objects.requireNonNull(person, "person");
  }
}
