/**
 * Who may do what: authentication of {@code /api} and {@code /engine-rest} against the engine's
 * identity service, the group naming convention that BPMN candidate groups use, and the demo
 * accounts of the embedded default.
 */
package vn.dvc.identity;
