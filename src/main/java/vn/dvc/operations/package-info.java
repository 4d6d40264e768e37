/**
 * What operations hands to people: a write-back that failed after another registry was written
 * becomes a task for the dossier's officers, beside the incident in Cockpit.
 */
package vn.dvc.operations;
