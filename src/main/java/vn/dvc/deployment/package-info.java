/**
 * Deploys the analysts' models — {@code processes/*.bpmn}, {@code decisions/*.dmn} and {@code
 * forms/*.form} — under stable relative names, only what changed, and fails the start with a
 * readable message when a model is broken.
 */
package vn.dvc.deployment;
