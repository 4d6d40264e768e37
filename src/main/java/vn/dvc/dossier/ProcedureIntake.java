package vn.dvc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.dvc.api.ApiProblem;
import vn.dvc.population.Citizen;

/**
 * What a procedure adds to the generic intake of a dossier: the checks its JSON Schema cannot
 * express, the commune it is filed at, and the variables its process starts with. A rejection is an
 * {@link vn.dvc.api.ApiProblem}, thrown before anything is written.
 */
public interface ProcedureIntake {

  String procedureKey();

  Intake accept(Citizen applicant, JsonNode data);

  /**
   * @param communeCode the commune the dossier is filed at, which routes its tasks
   * @param variables identifiers and the facts the process decides on, never whole records
   */
  record Intake(String communeCode, Map<String, Object> variables) {}

  /** An optional text field of the procedure's data: trimmed, or null when absent or blank. */
  static String text(JsonNode data, String field) {
    JsonNode value = data.path(field);
    return value.isTextual() && !value.asText().isBlank() ? value.asText().trim() : null;
  }

  /**
   * An optional code of the procedure's data (a commune code), exactly as given: a code is looked
   * up as it is, so "01100\n" is no commune, not commune 01100 — the schema's {@code ^…$} lets a
   * final line break through (Java's {@code $} matches before it). Null when absent or empty.
   */
  static String code(JsonNode data, String field) {
    JsonNode value = data.path(field);
    return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
  }

  /** A refusal of the filing: 422 with a problem type the portal can act on. */
  static ApiProblem invalid(String type, String message) {
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_ENTITY, type, "Dossier cannot be filed", message);
  }
}
