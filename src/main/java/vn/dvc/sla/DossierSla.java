package vn.dvc.sla;

import java.time.Instant;

/** One dossier's row of {@code dossier_sla}. */
record DossierSla(
    String dossierId,
    String procedureKey,
    String communeCode,
    String provinceCode,
    ClockState clockState,
    Instant startedAt,
    Instant pausedAt,
    Integer remainingAmount,
    int pausedWorkingDays,
    Instant dueDate,
    Instant warnedAt,
    Instant escalatedAt,
    Instant finishedAt,
    Boolean onTime,
    Integer processingWorkingDays) {}
