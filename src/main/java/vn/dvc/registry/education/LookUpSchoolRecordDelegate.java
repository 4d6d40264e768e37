package vn.dvc.registry.education;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Education: look up a high-school record". Input {@code pin}; outputs {@code enrolled}
 * (the registry holds a high-school record of the person), {@code grade} and {@code
 * graduationExamYear} (both null when not enrolled).
 */
@Component("lookUpSchoolRecord")
class LookUpSchoolRecordDelegate implements JavaDelegate {

  private final EducationRegistry education;

  LookUpSchoolRecordDelegate(EducationRegistry education) {
    this.education = education;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<HighSchoolStudent> student =
        education.studentRecordOf(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "enrolled", student.isPresent());
    RegistryTasks.output(execution, "grade", student.map(HighSchoolStudent::grade).orElse(null));
    RegistryTasks.output(
        execution,
        "graduationExamYear",
        student.map(HighSchoolStudent::graduationExamYear).orElse(null));
  }
}
