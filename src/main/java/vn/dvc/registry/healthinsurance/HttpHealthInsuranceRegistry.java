package vn.dvc.registry.healthinsurance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClient;

/**
 * The health-insurance registry over HTTP, as described in {@code
 * sandbox-openapi/health-insurance.yaml}.
 */
final class HttpHealthInsuranceRegistry implements HealthInsuranceRegistry {

  private final RegistryHttpClient http;

  HttpHealthInsuranceRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<HealthInsuranceCard> cardsOf(Pin holder) {
    return http.list(HealthInsuranceCard.class, "/cards?holderPin={pin}", holder.value());
  }

  @Override
  public Optional<HealthInsuranceCard> findCard(String cardNo) {
    return http.find(HealthInsuranceCard.class, "/cards/{cardNo}", cardNo);
  }

  @Override
  public HealthInsuranceCard issueCard(HealthCardIssue request, IdempotencyKey key) {
    return http.write(HealthInsuranceCard.class, key, "/cards", request);
  }

  @Override
  public HealthInsuranceCard renewCard(String cardNo, LocalDate validTo, IdempotencyKey key) {
    return http.write(
        HealthInsuranceCard.class,
        key,
        "/cards/{cardNo}/renewal",
        new HealthCardRenewal(validTo),
        cardNo);
  }
}
