package vn.dvc.registry.education;

import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * A high-school student as the school records them.
 *
 * @param grade 10, 11 or 12
 * @param graduationExamYear the year of the national graduation exam the student sits or sat
 */
public record HighSchoolStudent(Pin student, String school, int grade, int graduationExamYear) {

  public HighSchoolStudent {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(school, "school");
  }
}
