/**
 * Birth registration ({@code processes/birth-registration.bpmn}): intake of the portal's data, the
 * registry lookups the required-documents decision needs that combine facts and record data issues,
 * and the electronic birth extract. The registry write-backs after the chair signs — the birth
 * record in civil status, the child with a new PIN in population, the PIN linked to the birth
 * record — are registry element templates in the diagram, each keyed on the dossier and its task,
 * so a retried job never writes twice.
 */
package vn.dvc.procedure.birthregistration;
