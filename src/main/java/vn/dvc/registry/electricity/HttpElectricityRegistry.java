package vn.dvc.registry.electricity;

import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClient;

/** The electricity registry over HTTP, as described in {@code sandbox-openapi/electricity.yaml}. */
final class HttpElectricityRegistry implements ElectricityRegistry {

  private final RegistryHttpClient http;

  HttpElectricityRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<ElectricityContract> contractsOf(Pin customer) {
    return http.list(ElectricityContract.class, "/contracts?customerPin={pin}", customer.value());
  }

  @Override
  public Optional<ElectricityContract> findContract(String contractNo) {
    return http.find(ElectricityContract.class, "/contracts/{contractNo}", contractNo);
  }

  @Override
  public ElectricityContract openContract(NewElectricityContract request, IdempotencyKey key) {
    return http.write(ElectricityContract.class, key, "/contracts", request);
  }

  @Override
  public ElectricityContract transferContract(
      String contractNo, Pin newCustomer, IdempotencyKey key) {
    return http.write(
        ElectricityContract.class,
        key,
        "/contracts/{contractNo}/transfer",
        new ContractTransfer(newCustomer),
        contractNo);
  }
}
