/**
 * One sub-package per procedure of the catalogue, named after its process key: the intake checks
 * its JSON Schema cannot express and the thin delegates its BPMN calls.
 */
package vn.dvc.procedure;
