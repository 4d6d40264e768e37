/**
 * The shapes of process variables that several procedures share, with one codec each, so that no
 * delegate, listener or intake parses them by hand: {@link vn.dvc.variables.PinList}, the
 * comma-joined personal identification numbers of a group of people (receiving parties, owners,
 * parties to a contract). Ground floor: depends on nothing of the project.
 */
package vn.dvc.variables;
