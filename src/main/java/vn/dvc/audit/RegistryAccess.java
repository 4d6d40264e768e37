package vn.dvc.audit;

import java.time.Instant;

/** One recorded call to a registry. */
public record RegistryAccess(
    Instant accessedAt,
    String actor,
    String dossierId,
    String procedureKey,
    String registry,
    String operation,
    String subject,
    String purpose,
    Outcome outcome,
    String detail) {

  public enum Outcome {
    /** A read that found what it looked for. */
    FOUND,
    /** A read that found nothing: an answer, not a failure. */
    NOT_FOUND,
    /** A write the registry accepted (or had already accepted under the same key). */
    WRITTEN,
    /** The registry could not answer. */
    FAILED
  }
}
