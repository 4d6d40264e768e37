package vn.dvc.dossier;

/**
 * Whether a document type is still required for a dossier, why, and — when it is not — which
 * registry ({@code source}) and which record there ({@code reference}) holds its facts.
 */
public record DocumentDecision(
    String documentType, boolean required, String reason, String source, String reference) {}
