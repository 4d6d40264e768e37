package vn.dvc.procedure.birthregistration;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The birth-registration process variables, one typed definition per name: the intake writes the
 * declaration, the look-ups write what the registries say, the models and the required-documents
 * decision read them. Dates are ISO texts (the DMN and the forms read them as such); PINs are their
 * 12 digits.
 */
final class BirthVariables {

  static final VariableFactory<String> CHILD_FULL_NAME = stringVariable("childFullName");
  static final VariableFactory<String> CHILD_GENDER = stringVariable("childGender");
  static final VariableFactory<String> CHILD_DATE_OF_BIRTH = stringVariable("childDateOfBirth");
  static final VariableFactory<String> CHILD_PLACE_OF_BIRTH = stringVariable("childPlaceOfBirth");
  static final VariableFactory<String> BIRTH_CERTIFICATE_NO = stringVariable("birthCertificateNo");
  static final VariableFactory<String> OTHER_PARENT_PIN = stringVariable("otherParentPin");
  static final VariableFactory<String> MOTHER_PIN = stringVariable("motherPin");
  static final VariableFactory<String> FATHER_PIN = stringVariable("fatherPin");
  static final VariableFactory<Boolean> POPULATION_SAYS_PARENTS_MARRIED =
      booleanVariable("populationSaysParentsMarried");
  static final VariableFactory<Long> DAYS_SINCE_BIRTH = longVariable("daysSinceBirth");

  /**
   * NONE (not declared), NOT_FOUND, MATCHES or MISMATCH: the required-documents decision's input.
   */
  static final VariableFactory<String> BIRTH_CERTIFICATE_STATUS =
      stringVariable("birthCertificateStatus");

  private BirthVariables() {}
}
