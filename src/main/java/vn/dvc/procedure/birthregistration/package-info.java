/**
 * Birth registration ({@code processes/birth-registration.bpmn}): intake of the portal's data, the
 * registry lookups the required-documents decision needs, and the write-backs after the chair signs
 * — a birth record in civil status, the child with a new PIN in population, and the electronic
 * birth extract. Each write-back carries an idempotency key, so a retried job never writes twice.
 */
package vn.dvc.procedure.birthregistration;
