package vn.dvc.sla;

import java.time.Instant;
import java.util.Set;

/**
 * Which dossiers the figures cover and how they are grouped. Empty filters mean all; {@code
 * provinces} restricts to a supervisor's provinces.
 *
 * @param groupBy any of "procedure", "commune", "province"; empty gives one total
 */
record SlaQuery(
    String procedure,
    String communeCode,
    Set<String> provinces,
    Instant from,
    Instant to,
    Set<String> groupBy) {

  static final Set<String> DIMENSIONS = Set.of("procedure", "commune", "province");
}
