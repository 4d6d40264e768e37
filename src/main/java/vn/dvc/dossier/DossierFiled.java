package vn.dvc.dossier;

import java.time.Instant;

/** Published inside the filing transaction, so listeners commit or roll back with the dossier. */
public record DossierFiled(
    String dossierId, String procedureKey, String communeCode, Instant receivedAt) {}
