/**
 * Land change registration ({@code processes/land-change-registration.bpmn}, procedure 19):
 * transfer, gift or inheritance of a parcel at the branch of the land registration office. Intake
 * of the portal's data (the parcel, found by its id, decides the commune and the province), the
 * step that combines the registries' facts about the parties (owners, receiving parties, parties to
 * the notarized contract, deceased owners) into what the eligibility decision reads and into the
 * owners after the change. The shared lifecycle is the frame {@code handle-dossier}; the electronic
 * confirmation is the issue-result step. Every registry call and the write-back of the new owners
 * are registry element templates in the diagram, keyed on the dossier and their task, so a retried
 * job never writes twice.
 */
package vn.dvc.procedure.landchangeregistration;
