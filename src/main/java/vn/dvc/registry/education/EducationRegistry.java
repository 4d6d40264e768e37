package vn.dvc.registry.education;

import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;

/** Port to the education registry of school and exam records. */
@AuditedRegistry("education")
public interface EducationRegistry {

  /**
   * The person's high-school record; empty for someone the registry does not know as a high-school
   * student, for whom a procedure has to ask for the school's confirmation instead.
   */
  Optional<HighSchoolStudent> studentRecordOf(Pin student);
}
