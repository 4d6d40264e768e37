package vn.dvc.procedure.frame;

import static vn.dvc.dossier.DossierVariables.PROCEDURE_KEY;
import static vn.dvc.procedure.frame.FrameVariables.PART;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure;
import vn.dvc.catalogue.Procedure.Part;
import vn.dvc.catalogue.Procedure.Step;
import vn.dvc.catalogue.ProcedureCatalogue;

/**
 * The descriptor of the procedure (and part) a frame instance handles, read from the catalogue by
 * the instance's {@code procedureKey} and {@code part}, and the groups its patterns name.
 */
@Component
class HandlingSteps {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

  private final ProcedureCatalogue catalogue;

  HandlingSteps(ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  Part of(VariableScope scope) {
    return handling(scope).part(PART.from(scope).getOrNull());
  }

  /** The procedure's whole descriptor, for what concerns the dossier rather than one part. */
  Procedure.Handling handling(VariableScope scope) {
    String key = PROCEDURE_KEY.from(scope).get();
    return catalogue
        .find(key)
        .map(Procedure::handling)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Procedure "
                        + key
                        + " has no \"handling\" in catalogue/procedures.json: the frame"
                        + " handle-dossier does not know who reviews and signs it"));
  }

  /** The step's candidate group with every {@code {variable}} filled from the instance. */
  static String group(Step step, VariableScope scope) {
    return group(step.group(), scope);
  }

  /** The group pattern with every {@code {variable}} filled from the instance. */
  static String group(String pattern, VariableScope scope) {
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    StringBuilder group = new StringBuilder();
    while (placeholder.find()) {
      Object value = scope.getVariable(placeholder.group(1));
      if (!(value instanceof String code) || code.isBlank()) {
        throw new IllegalStateException(
            "The group "
                + pattern
                + " needs the variable "
                + placeholder.group(1)
                + ", which the procedure did not pass to the frame");
      }
      placeholder.appendReplacement(group, Matcher.quoteReplacement(code));
    }
    placeholder.appendTail(group);
    return group.toString();
  }
}
