/**
 * Death registration ({@code processes/death-registration.bpmn}): intake of the portal's data and
 * the one step whose logic combines facts, comparing the electronic death notice with the
 * declaration. Every registry call (death notice, civil-status death record, population, data
 * quality) and every write-back (death record, population marked deceased, wallet delivery) is a
 * registry element template in the diagram, and the extract is the generic "issue result" step; the
 * write-backs are keyed on the dossier and their task, so a retried job never writes twice. Review,
 * signature, supplements and deadlines are the frame {@code handle-dossier}, configured by the
 * procedure's descriptor in {@code catalogue/procedures.json}. The interlinked death procedure
 * registers deaths with the same pieces: {@link
 * vn.dvc.procedure.deathregistration.DeathDeclarations}, the delegate {@code assessDeathNotice}
 * and, until it issues its parts with the "issue result" step, {@code issueDeathExtract}.
 */
package vn.dvc.procedure.deathregistration;
