package vn.dvc.registry.drivinglicences;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;

/** Port to the driving-licence registry. */
@AuditedRegistry("driving-licences")
public interface DrivingLicenceRegistry {

  /** Every licence the person holds, expired ones included: a lapsed licence can be renewed. */
  List<DrivingLicence> licencesOf(Pin holder);

  Optional<DrivingLicence> findLicence(String licenceNo);

  /**
   * Records the renewal of a licence until {@code newExpiry}; the licence keeps its number. A
   * repeated {@code key} answers the first renewal instead of renewing again.
   *
   * @throws vn.dvc.registry.RegistryRecordNotFoundException when the registry holds no such licence
   */
  DrivingLicence renewLicence(String licenceNo, LocalDate newExpiry, IdempotencyKey key);
}
