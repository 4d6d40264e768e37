package vn.dvc.registry.socialinsurance;

import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryHttpClient;

/**
 * The social-insurance registry over HTTP, as described in {@code
 * sandbox-openapi/social-insurance.yaml}.
 */
final class HttpSocialInsuranceRegistry implements SocialInsuranceRegistry {

  private final RegistryHttpClient http;

  HttpSocialInsuranceRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public Optional<UnemploymentInsuranceRecord> unemploymentInsuranceOf(Pin insured) {
    return http.find(
        UnemploymentInsuranceRecord.class, "/unemployment-insurance/{pin}", insured.value());
  }
}
