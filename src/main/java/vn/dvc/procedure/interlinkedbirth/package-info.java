/**
 * Interlinked birth ({@code processes/interlinked-birth.bpmn}, procedure 17): one dossier, three
 * authorities in turn — birth registration at the commune, the child's permanent residence with the
 * commune police, the health insurance card for a child under 6 with social security. The birth
 * part is composed from birth registration (its intake, look-ups, timeliness decision and registry
 * templates); each part is handled by a call of the frame {@code handle-dossier}. This package adds
 * the residence to the intake, decides whether registry conflicts need the officer's verification,
 * and lists each part's result on the one dossier.
 */
package vn.dvc.procedure.interlinkedbirth;
