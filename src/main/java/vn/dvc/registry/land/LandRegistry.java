package vn.dvc.registry.land;

import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;

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
}
