package vn.dvc.registry.land;

import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;

/** Port to the land registry. */
@AuditedRegistry("land")
public interface LandRegistry {

  /** Every parcel the person owns, alone or with others. */
  List<LandParcel> parcelsOwnedBy(Pin owner);

  /**
   * The parcel of a land-use right certificate. Parcel ids are not unique (the registry holds
   * duplicates), certificate numbers are.
   */
  Optional<LandParcel> findByCertificate(String certificateNo);

  /**
   * Every parcel with this parcel id, as a citizen quotes it: usually one, several where the
   * registry holds duplicates, which only the certificate number tells apart.
   */
  List<LandParcel> parcelsWithId(String parcelId);

  /**
   * Registers a change of owners (đăng ký biến động): {@code newOwners} become the parcel's owners,
   * replacing the former ones, and the change is kept in the parcel's history. A repeated key
   * changes nothing more and answers the parcel as it is now. A certificate the registry does not
   * hold is {@link vn.dvc.registry.RegistryRecordNotFoundException}.
   *
   * @return the parcel with its new owners
   */
  LandParcel changeOwners(
      String certificateNo, List<Pin> newOwners, OwnerChange change, IdempotencyKey key);
}
