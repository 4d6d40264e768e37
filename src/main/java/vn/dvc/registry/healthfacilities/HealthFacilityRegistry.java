package vn.dvc.registry.healthfacilities;

import java.util.Optional;

/** Port to the electronic certificates that health facilities send. */
public interface HealthFacilityRegistry {

  Optional<MedicalBirthCertificate> findBirthCertificate(String certificateNo);
}
