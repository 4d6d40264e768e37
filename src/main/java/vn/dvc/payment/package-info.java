/**
 * Fees and payments of dossiers: what a dossier owes and why (its fee decision), our ledger of the
 * payment requests made to the platform and what settled them, the platform's signed confirmations,
 * and the daily reconciliation of the ledger against the platform's statement.
 */
package vn.dvc.payment;
