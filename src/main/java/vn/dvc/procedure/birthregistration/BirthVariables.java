package vn.dvc.procedure.birthregistration;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.dvc.population.Pin;

/** The birth-registration process variables, read with their domain types. */
final class BirthVariables {

  private final VariableScope scope;

  BirthVariables(VariableScope scope) {
    this.scope = scope;
  }

  String text(String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  Pin pin(String name) {
    String value = text(name);
    return value == null ? null : Pin.of(value);
  }

  String dossierId() {
    return text("dossierId");
  }

  String communeCode() {
    return text("communeCode");
  }

  Pin applicantPin() {
    return pin("applicantPin");
  }

  Pin motherPin() {
    return pin("motherPin");
  }

  String childFullName() {
    return text("childFullName");
  }

  LocalDate childDateOfBirth() {
    return LocalDate.parse(text("childDateOfBirth"));
  }
}
