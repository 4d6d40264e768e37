package vn.dvc.registry.wallet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxWrites;
import vn.dvc.time.EngineClock;

/**
 * The wallet on its sandbox tables. The sandbox data holds no wallet documents or notifications, so
 * there is nothing to load: the tables start empty and fill with what procedures send.
 */
final class SandboxCitizenWallet implements CitizenWallet {

  private static final String DOCUMENT =
      "select document_id, holder_pin, document_type, title, reference, issued_on, delivered_at"
          + " from sandbox_wallet_document";

  private static final String NOTIFICATION =
      "select notification_id, recipient_pin, dossier_id, status, message, sent_at"
          + " from sandbox_wallet_notification";

  private final JdbcTemplate jdbc;
  private final SandboxWrites writes;

  private SandboxCitizenWallet(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.writes = new SandboxWrites(jdbc, transactions);
  }

  static SandboxCitizenWallet loaded(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    return new SandboxCitizenWallet(jdbc, transactions);
  }

  @Override
  public DeliveredDocument deliver(WalletDelivery delivery, IdempotencyKey key) {
    return writes.once("vneid-wallet", key, () -> insert(delivery), this::document);
  }

  @Override
  public List<DeliveredDocument> documentsOf(Pin holder) {
    return jdbc.query(
        DOCUMENT + " where holder_pin = ? order by delivered_at, document_id",
        SandboxCitizenWallet::document,
        holder.value());
  }

  @Override
  public SentNotification notify(CitizenNotification notification, IdempotencyKey key) {
    return writes.once("vneid-wallet", key, () -> insert(notification), this::notification);
  }

  @Override
  public List<SentNotification> notificationsOf(Pin recipient) {
    return jdbc.query(
        NOTIFICATION + " where recipient_pin = ? order by sent_at, notification_id",
        SandboxCitizenWallet::notification,
        recipient.value());
  }

  private String insert(CitizenNotification notification) {
    String notificationId = UUID.randomUUID().toString();
    jdbc.update(
        "insert into sandbox_wallet_notification (notification_id, recipient_pin, dossier_id,"
            + " status, message, sent_at) values (?,?,?,?,?,?)",
        notificationId,
        notification.recipientPin().value(),
        notification.dossierId(),
        notification.status(),
        notification.message(),
        OffsetDateTime.ofInstant(EngineClock.now(), ZoneOffset.UTC));
    return notificationId;
  }

  private SentNotification notification(String notificationId) {
    return jdbc.queryForObject(
        NOTIFICATION + " where notification_id = ?",
        SandboxCitizenWallet::notification,
        notificationId);
  }

  private static SentNotification notification(ResultSet rs, int row) throws SQLException {
    return new SentNotification(
        rs.getString("notification_id"),
        Pin.of(rs.getString("recipient_pin")),
        rs.getString("dossier_id"),
        rs.getString("status"),
        rs.getString("message"),
        rs.getObject("sent_at", OffsetDateTime.class));
  }

  private String insert(WalletDelivery delivery) {
    String documentId = UUID.randomUUID().toString();
    // UTC, as PostgreSQL answers a timestamp with time zone, so a record reads back as written.
    OffsetDateTime deliveredAt = OffsetDateTime.ofInstant(EngineClock.now(), ZoneOffset.UTC);
    jdbc.update(
        "insert into sandbox_wallet_document (document_id, holder_pin, document_type, title,"
            + " reference, issued_on, delivered_at) values (?,?,?,?,?,?,?)",
        documentId,
        delivery.holderPin().value(),
        delivery.documentType(),
        delivery.title(),
        delivery.reference(),
        delivery.issuedOn(),
        deliveredAt);
    return documentId;
  }

  private DeliveredDocument document(String documentId) {
    return jdbc.queryForObject(
        DOCUMENT + " where document_id = ?", SandboxCitizenWallet::document, documentId);
  }

  private static DeliveredDocument document(ResultSet rs, int row) throws SQLException {
    return new DeliveredDocument(
        rs.getString("document_id"),
        Pin.of(rs.getString("holder_pin")),
        rs.getString("document_type"),
        rs.getString("title"),
        rs.getString("reference"),
        rs.getObject("issued_on", LocalDate.class),
        rs.getObject("delivered_at", OffsetDateTime.class));
  }
}
