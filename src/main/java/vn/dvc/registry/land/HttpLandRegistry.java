package vn.dvc.registry.land;

import java.util.List;
import java.util.Optional;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClient;

/** The land registry over HTTP, as described in {@code sandbox-openapi/land.yaml}. */
final class HttpLandRegistry implements LandRegistry {

  private final RegistryHttpClient http;

  HttpLandRegistry(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public List<LandParcel> parcelsOwnedBy(Pin owner) {
    return http.list(LandParcel.class, "/parcels?ownerPin={pin}", owner.value());
  }

  @Override
  public Optional<LandParcel> findByCertificate(String certificateNo) {
    return http.find(LandParcel.class, "/certificates/{certificateNo}", certificateNo);
  }

  @Override
  public List<LandParcel> parcelsWithId(String parcelId) {
    return http.list(LandParcel.class, "/parcel-ids/{parcelId}", parcelId);
  }

  @Override
  public LandParcel changeOwners(
      String certificateNo, List<Pin> newOwners, OwnerChange change, IdempotencyKey key) {
    return http.write(
        LandParcel.class,
        key,
        "/certificates/{certificateNo}/owners",
        new OwnerChangeEntry(newOwners, change),
        certificateNo);
  }

  /** The body of a change of owners on the wire. */
  record OwnerChangeEntry(List<Pin> newOwnerPins, OwnerChange change) {}
}
