package vn.dvc.dossier;

import java.time.Instant;

/** Published inside the engine's transaction whenever a process listener changes the status. */
public record DossierStatusChanged(String dossierId, DossierStatus status, Instant at) {}
