package vn.dvc.registry.notarization;

import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryHttpClient;

/**
 * The notarization registry over HTTP, as described in {@code sandbox-openapi/notarization.yaml}.
 */
final class HttpNotarizationRegistry implements NotarizationRegistry {

  private final RegistryHttpClient http;

  HttpNotarizationRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<NotarizedContract> contractsOf(Pin party) {
    return http.list(NotarizedContract.class, "/contracts?partyPin={pin}", party.value());
  }

  @Override
  public Optional<NotarizedContract> findContract(String contractNo) {
    // A query parameter, not a path segment: notarization numbers contain slashes.
    return http.find(NotarizedContract.class, "/contract?contractNo={contractNo}", contractNo);
  }
}
