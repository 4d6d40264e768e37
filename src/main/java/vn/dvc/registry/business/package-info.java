/**
 * The national business registration database: enterprises, their legal representative, seat and
 * seal. Reads only; a procedure uses it to accept a representative acting for an enterprise without
 * asking for its registration certificate.
 */
package vn.dvc.registry.business;
