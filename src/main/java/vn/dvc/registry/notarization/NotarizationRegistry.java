package vn.dvc.registry.notarization;

import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;

/** Port to the notarized contracts database. */
@AuditedRegistry("notarization")
public interface NotarizationRegistry {

  /**
   * Every contract the person is a party to, oldest first: a notarized transfer or rental the
   * registry holds proves the right it grants without a certified copy from the citizen.
   */
  List<NotarizedContract> contractsOf(Pin party);

  /** The contract of a notarization number, which the citizen may quote instead of a copy. */
  Optional<NotarizedContract> findContract(String contractNo);
}
