package vn.dvc.registry.education;

import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryHttpClient;

/** The education registry over HTTP, as described in {@code sandbox-openapi/education.yaml}. */
final class HttpEducationRegistry implements EducationRegistry {

  private final RegistryHttpClient http;

  HttpEducationRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public Optional<HighSchoolStudent> studentRecordOf(Pin student) {
    return http.find(HighSchoolStudent.class, "/students/{pin}", student.value());
  }
}
