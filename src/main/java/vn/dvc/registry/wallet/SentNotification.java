package vn.dvc.registry.wallet;

import java.time.OffsetDateTime;
import vn.dvc.population.Pin;

/** A notification the VNeID app accepted, with its id and the time it was sent. */
public record SentNotification(
    String notificationId,
    Pin recipientPin,
    String dossierId,
    String status,
    String message,
    OffsetDateTime sentAt) {}
