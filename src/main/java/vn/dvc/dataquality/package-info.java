/**
 * Conflicts and gaps between registries (the defects real registries have), reported as typed data
 * issues for the officer to verify, never as a reason to ask the citizen for a paper.
 */
package vn.dvc.dataquality;
