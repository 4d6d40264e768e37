package vn.dvc.registry.electricity;

import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;

/** Port to the electricity registry. */
@AuditedRegistry("electricity")
public interface ElectricityRegistry {

  /** Every contract in the person's name. */
  List<ElectricityContract> contractsOf(Pin customer);

  Optional<ElectricityContract> findContract(String contractNo);

  /**
   * Opens a contract for a new connection; the registry numbers it. A repeated {@code key} answers
   * the contract opened the first time.
   *
   * @throws vn.dvc.registry.RegistryRejectedRequestException with status 422 when the commune is
   *     unknown
   */
  ElectricityContract openContract(NewElectricityContract request, IdempotencyKey key);

  /**
   * Puts a contract in the name of a new customer; the contract keeps its number and meter. A
   * repeated {@code key} answers the contract as transferred the first time.
   *
   * @throws vn.dvc.registry.RegistryRecordNotFoundException when there is no such contract
   */
  ElectricityContract transferContract(String contractNo, Pin newCustomer, IdempotencyKey key);
}
