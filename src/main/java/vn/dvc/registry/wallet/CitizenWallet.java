package vn.dvc.registry.wallet;

import java.util.List;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;

/** Port to the VNeID citizen wallet. */
@AuditedRegistry("vneid-wallet")
public interface CitizenWallet {

  /**
   * Puts an issued document into the holder's wallet, so the citizen has it without collecting
   * paper. Made once per key: a retried task gets the document delivered the first time instead of
   * a second copy in the wallet.
   */
  DeliveredDocument deliver(WalletDelivery delivery, IdempotencyKey key);

  /** Every document in the holder's wallet, oldest delivery first. */
  List<DeliveredDocument> documentsOf(Pin holder);

  /**
   * Sends a notification to the citizen's VNeID app, once per key: a retried job does not notify
   * the citizen twice of the same change.
   */
  SentNotification notify(CitizenNotification notification, IdempotencyKey key);

  /** Every notification sent to the person, oldest first. */
  List<SentNotification> notificationsOf(Pin recipient);
}
