package vn.dvc.registry.business;

import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryHttpClient;

/**
 * The business registry over HTTP, as described in {@code sandbox-openapi/business-registry.yaml}.
 */
final class HttpBusinessRegistry implements BusinessRegistry {

  private final RegistryHttpClient http;

  HttpBusinessRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<Enterprise> enterprisesRepresentedBy(Pin representative) {
    return http.list(
        Enterprise.class, "/enterprises?representativePin={pin}", representative.value());
  }

  @Override
  public Optional<Enterprise> findEnterprise(String enterpriseCode) {
    return http.find(Enterprise.class, "/enterprises/{enterpriseCode}", enterpriseCode);
  }
}
