/**
 * Deadlines: each dossier's working-day clock (started when the dossier is complete, stopped while
 * the citizen supplements it, resumed with the remaining time), the due dates of tasks and timers,
 * warnings and escalation of overdue dossiers, the working-day business calendar for the engine,
 * and the on-time KPIs ("tỷ lệ đúng hạn") for supervisors and monitoring.
 */
package vn.dvc.sla;
