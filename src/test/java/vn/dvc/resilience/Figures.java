package vn.dvc.resilience;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one scenario measured. {@code details} explains the totals (which duplicates, how many
 * requests were resent, jobs still waiting) and holds the scenario's own observations.
 */
record Figures(
    String scenario,
    int filed,
    int present,
    int lost,
    int duplicated,
    int stuck,
    long incidents,
    Map<String, Object> details) {

  Figures with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(details);
    more.put(name, value);
    return new Figures(scenario, filed, present, lost, duplicated, stuck, incidents, more);
  }

  static String seconds(Duration duration) {
    return duration.toSeconds() + " s";
  }

  static String within(Duration waited, Duration bound) {
    return waited == null ? "not within " + seconds(bound) : seconds(waited);
  }

  String summary() {
    return "resilience: %s filed=%d present=%d lost=%d duplicated=%d stuck=%d incidents=%d"
        .formatted(scenario, filed, present, lost, duplicated, stuck, incidents);
  }

  String table() {
    StringBuilder table = new StringBuilder();
    table.append("\n==== resilience scenario ").append(scenario).append('\n');
    row(table, "filed (201 answers)", filed);
    row(table, "present", present);
    row(table, "lost", lost);
    row(table, "duplicated", duplicated);
    row(table, "stuck", stuck);
    row(table, "incidents", incidents);
    details.forEach((name, value) -> row(table, name, value));
    return table.append(summary()).append('\n').toString();
  }

  private static void row(StringBuilder table, String name, Object value) {
    table.append(String.format("| %-55s | %-30s |%n", name, value));
  }
}
