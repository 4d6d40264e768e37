package vn.dvc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.springframework.http.HttpStatus;
import vn.dvc.api.ApiProblem;
import vn.dvc.population.Citizen;

/**
 * What a procedure adds to the generic intake of a dossier: the checks its JSON Schema cannot
 * express (declared with {@code vn.dvc.procedure.intake}), the commune it is filed at, and the
 * variables its process starts with. A rejection is an {@link vn.dvc.api.ApiProblem}, thrown before
 * anything is written.
 */
public interface ProcedureIntake {

  String procedureKey();

  Intake accept(Citizen applicant, JsonNode data);

  /**
   * Runs in the filing transaction once the dossier row exists, before its process starts: what the
   * procedure must hold for this dossier alone, like the claim on a penalty decision that may be
   * paid once only. An {@link ApiProblem} thrown here rolls the whole filing back.
   */
  default void filing(String dossierId, Intake intake) {}

  /**
   * @param communeCode the commune the dossier is filed at, which routes its tasks
   * @param variables identifiers and the facts the process decides on, never whole records
   */
  record Intake(String communeCode, Map<String, Object> variables) {}

  /**
   * A refusal of the filing: 422 with a problem type the portal can act on, titled "Không thể nộp
   * hồ sơ" ({@code problem.intake.title}) and explained by {@code message} as written.
   */
  static ApiProblem invalid(String type, String message) {
    return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, type, "", message)
        .title("problem.intake.title");
  }

  /**
   * The same refusal explained by a text of the bundles ({@code intake.*}) in the reader's
   * language.
   */
  static ApiProblem refused(String type, String code, Object... arguments) {
    return ApiProblem.of(HttpStatus.UNPROCESSABLE_ENTITY, type)
        .title("problem.intake.title")
        .detail(code, arguments);
  }
}
