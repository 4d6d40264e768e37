/**
 * Death registration ({@code processes/death-registration.bpmn}): intake of the portal's data and
 * the two steps whose logic combines facts — comparing the electronic death notice with the
 * declaration, and the electronic death extract. Every registry call (death notice, civil-status
 * death record, population, data quality) and every write-back (death record, population marked
 * deceased, wallet delivery) is a registry element template in the diagram; the write-backs are
 * keyed on the dossier and their task, so a retried job never writes twice. The interlinked death
 * procedure registers deaths with the same pieces: {@link
 * vn.dvc.procedure.deathregistration.DeathDeclarations} and the delegates {@code assessDeathNotice}
 * and {@code issueDeathExtract}.
 */
package vn.dvc.procedure.deathregistration;
