package vn.dvc.registry.healthfacilities;

import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;

/** Port to the electronic certificates that health facilities send. */
@AuditedRegistry("health-facilities")
public interface HealthFacilityRegistry {

  Optional<MedicalBirthCertificate> findBirthCertificate(String certificateNo);

  Optional<DeathNotice> findDeathNotice(String noticeNo);

  /** The death notice a facility sent about this person, if any. */
  Optional<DeathNotice> deathNoticeFor(Pin deceased);
}
