/**
 * The notarized contracts database: contracts a notary certified (land transfers, rentals, gifts…)
 * and their parties. Reads only; a contract found here is not asked from the citizen as a copy.
 */
package vn.dvc.registry.notarization;
