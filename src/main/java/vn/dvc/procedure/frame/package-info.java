/**
 * The procedure frame: what the called process {@code handle-dossier} needs in Java. The frame owns
 * the lifecycle every procedure shares (required documents, supplements, verification, the dossier
 * clock, review, signature, escalation and the outcomes); a procedure describes who handles it in
 * its catalogue entry ({@code handling}), which {@link HandlingSteps} reads for the frame.
 */
package vn.dvc.procedure.frame;
