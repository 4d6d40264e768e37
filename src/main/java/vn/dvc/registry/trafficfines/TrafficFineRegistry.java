package vn.dvc.registry.trafficfines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;

/** Port to the traffic-fine registry. */
@AuditedRegistry("traffic-fines")
public interface TrafficFineRegistry {

  /** Every fine decided against the person as owner of a vehicle, paid ones included. */
  List<TrafficFine> finesOf(Pin owner);

  /**
   * Every fine decided for offences of the vehicle with {@code plate} (as written on it, e.g.
   * {@code 40-A9 61052}), paid ones included, oldest offence first; whoever owned it then.
   */
  List<TrafficFine> finesOfPlate(String plate);

  /** The fine of a penalty decision; decision numbers hold slashes, e.g. {@code 9446/QĐ-XPHC}. */
  Optional<TrafficFine> findFine(String decisionNo);

  /**
   * Records that the fine was paid on {@code paidOn}. A repeated {@code key} answers the fine as
   * recorded the first time.
   *
   * @throws vn.dvc.registry.RegistryRecordNotFoundException when there is no such decision
   * @throws vn.dvc.registry.RegistryRejectedRequestException with status 409 when the fine is
   *     already paid: a second payment would hide the first
   */
  TrafficFine recordPayment(String decisionNo, LocalDate paidOn, IdempotencyKey key);
}
