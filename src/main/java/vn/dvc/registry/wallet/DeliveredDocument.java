package vn.dvc.registry.wallet;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.dvc.population.Pin;

/** A document in a citizen's wallet, with the id the wallet gave it and when it arrived. */
public record DeliveredDocument(
    String documentId,
    Pin holderPin,
    String documentType,
    String title,
    String reference,
    LocalDate issuedOn,
    OffsetDateTime deliveredAt) {}
