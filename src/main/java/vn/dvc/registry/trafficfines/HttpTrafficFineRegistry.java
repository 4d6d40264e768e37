package vn.dvc.registry.trafficfines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClient;

/**
 * The traffic-fine registry over HTTP, as described in {@code sandbox-openapi/traffic-fines.yaml}.
 * Decision numbers never go into a path segment: their slash would split it, and servers refuse an
 * encoded one.
 */
final class HttpTrafficFineRegistry implements TrafficFineRegistry {

  private final RegistryHttpClient http;

  HttpTrafficFineRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<TrafficFine> finesOf(Pin owner) {
    return http.list(TrafficFine.class, "/fines?ownerPin={pin}", owner.value());
  }

  @Override
  public List<TrafficFine> finesOfPlate(String plate) {
    return http.list(TrafficFine.class, "/fines/by-plate?plate={plate}", plate);
  }

  @Override
  public Optional<TrafficFine> findFine(String decisionNo) {
    return http.find(TrafficFine.class, "/fines/by-decision?decisionNo={decisionNo}", decisionNo);
  }

  @Override
  public TrafficFine recordPayment(String decisionNo, LocalDate paidOn, IdempotencyKey key) {
    return http.write(TrafficFine.class, key, "/payments", new FinePayment(decisionNo, paidOn));
  }
}
