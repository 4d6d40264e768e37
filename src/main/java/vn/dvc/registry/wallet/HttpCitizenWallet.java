package vn.dvc.registry.wallet;

import java.util.List;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryHttpClient;

/** The wallet over HTTP, as described in {@code sandbox-openapi/vneid-wallet.yaml}. */
final class HttpCitizenWallet implements CitizenWallet {

  private final RegistryHttpClient http;

  HttpCitizenWallet(RegistryHttpClient http) {
    this.http = http;
  }

  @Override
  public DeliveredDocument deliver(WalletDelivery delivery, IdempotencyKey key) {
    return http.write(DeliveredDocument.class, key, "/documents", delivery);
  }

  @Override
  public List<DeliveredDocument> documentsOf(Pin holder) {
    return http.list(DeliveredDocument.class, "/documents?holderPin={pin}", holder.value());
  }

  @Override
  public SentNotification notify(CitizenNotification notification, IdempotencyKey key) {
    return http.write(SentNotification.class, key, "/notifications", notification);
  }

  @Override
  public List<SentNotification> notificationsOf(Pin recipient) {
    return http.list(
        SentNotification.class, "/notifications?recipientPin={pin}", recipient.value());
  }
}
