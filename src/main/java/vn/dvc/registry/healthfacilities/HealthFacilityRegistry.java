package vn.dvc.registry.healthfacilities;

import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;

/** Port to the electronic certificates that health facilities send. */
@AuditedRegistry("health-facilities")
public interface HealthFacilityRegistry {

  Optional<MedicalBirthCertificate> findBirthCertificate(String certificateNo);
}
