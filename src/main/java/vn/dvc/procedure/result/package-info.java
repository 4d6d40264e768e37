/**
 * The "issue result" step every procedure ends with: the electronic result (extract, confirmation,
 * card…) built from a document type, a number pattern and the dossier's facts, as the dossier's
 * whole result or as one part of an interlinked result — no procedure builds result JSON by hand.
 */
package vn.dvc.procedure.result;
