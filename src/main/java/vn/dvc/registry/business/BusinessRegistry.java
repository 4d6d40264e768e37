package vn.dvc.registry.business;

import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;

/** Port to the national business registration database. */
@AuditedRegistry("business-registry")
public interface BusinessRegistry {

  /**
   * The enterprises whose legal representative the person is: who may sign for an enterprise is
   * what the registry proves, so the citizen need not bring the registration certificate.
   */
  List<Enterprise> enterprisesRepresentedBy(Pin representative);

  /** The enterprise of a code (10 digits, also its tax code; a branch adds a suffix). */
  Optional<Enterprise> findEnterprise(String enterpriseCode);
}
