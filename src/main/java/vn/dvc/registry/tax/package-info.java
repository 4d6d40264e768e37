/**
 * The tax registry's e-invoices: what a citizen bought, from whom, when. Reads only; a purchase
 * invoice (or a registration-fee receipt) found here need not be asked from the citizen.
 */
package vn.dvc.registry.tax;
