/**
 * The vehicle registry: registered vehicles, their plates, owners, frame and engine numbers.
 * Procedures read who owns what and register new motorbikes, for which the registry assigns the
 * plate.
 */
package vn.dvc.registry.vehicles;
