/**
 * Interlinked death ({@code processes/interlinked-death.bpmn}, procedure 18): one application, one
 * dossier code, three authorities in turn — the commune registers the death (with death
 * registration's intake checks, decisions, delegates and templates), the commune police remove the
 * permanent residence, and provincial social security decides and grants the funeral allowance (10
 * × the base salary on the date of death, {@link vn.dvc.benefits.BaseSalary}). Each part adds its
 * document, or the reason it was refused, to the one result the citizen receives.
 */
package vn.dvc.procedure.interlinkeddeath;
