/**
 * Conflicts and gaps between registries (the defects real registries have), reported as typed data
 * issues for the officer to verify, never as a reason to ask the citizen for a paper. Processes run
 * the checks through the element template {@code checkCitizenRecords}, which keeps the issues on
 * the dossier ({@link vn.dvc.dataquality.DossierDataIssues}), not in process variables.
 */
package vn.dvc.dataquality;
