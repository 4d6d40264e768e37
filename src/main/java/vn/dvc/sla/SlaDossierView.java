package vn.dvc.sla;

import java.time.Instant;
import java.util.List;

/** One dossier's deadline as supervisors see it in Cockpit's instance tab. */
record SlaDossierView(
    String dossierId,
    String processInstanceId,
    String procedure,
    String communeCode,
    String provinceCode,
    String status,
    String clockState,
    Instant startedAt,
    Instant dueDate,
    Instant pausedAt,
    int pausedWorkingDays,
    Instant warnedAt,
    Instant escalatedAt,
    Instant finishedAt,
    Boolean onTime,
    Integer processingWorkingDays,
    List<Issue> dataIssues,
    List<Event> timeline) {

  record Issue(String kind, String pin, String message) {}

  record Event(Instant at, String event, String detail) {}
}
