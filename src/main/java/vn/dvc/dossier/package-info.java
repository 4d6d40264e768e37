/**
 * Dossiers: what a citizen filed through the portal, its status, the documents still required and
 * why, the registry records that replaced documents (provenance), the data issues found, the
 * documents supplied, the timeline and the result. Owns the Dossier API ({@code /api/v1/dossiers})
 * and the process listeners that keep a dossier in step with its process instance.
 */
package vn.dvc.dossier;
