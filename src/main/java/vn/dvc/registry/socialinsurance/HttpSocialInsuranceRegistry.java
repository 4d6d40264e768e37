package vn.dvc.registry.socialinsurance;

import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
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

  @Override
  public Optional<SocialInsuranceHistory> historyOf(Pin insured) {
    return http.find(SocialInsuranceHistory.class, "/history/{pin}", insured.value());
  }

  @Override
  public FuneralAllowance grantFuneralAllowance(FuneralAllowanceGrant grant, IdempotencyKey key) {
    return http.write(FuneralAllowance.class, key, "/funeral-allowances", grant);
  }
}
