/**
 * The administrative units after the July 2025 reform (34 provinces, communes and wards) and the
 * pre-reform district and commune names merged into each commune, so that a record still written
 * with an abolished district resolves to the commune that is competent today.
 */
package vn.dvc.adminunit;
