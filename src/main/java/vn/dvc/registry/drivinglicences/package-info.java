/**
 * The driving-licence registry: licences, their class, issue and expiry dates and points.
 * Procedures read it to tell whether a licence has lapsed (and for how long, which decides the test
 * a renewal needs) and write a renewal to it.
 */
package vn.dvc.registry.drivinglicences;
