package vn.dvc.registry.criminalrecords;

import java.util.List;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryHttpClient;

/**
 * The judicial record registry over HTTP, as described in {@code
 * sandbox-openapi/criminal-records.yaml}.
 */
final class HttpCriminalRecordRegistry implements CriminalRecordRegistry {

  private final RegistryHttpClient http;

  HttpCriminalRecordRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<Conviction> convictionsOf(Pin person) {
    return http.list(Conviction.class, "/convictions?pin={pin}", person.value());
  }
}
