package vn.dvc.procedure.intake;

import org.springframework.context.MessageSourceResolvable;
import vn.dvc.api.ApiProblem;

/**
 * A person a dossier names besides the applicant, as the refusals speak of them.
 *
 * @param slug names the problem types of the checks on them: {@code unknown-<slug>}, {@code
 *     <slug>-is-applicant}, {@code <slug>-deceased}, {@code invalid-<slug>} (in a list)
 * @param phrase names them in the messages, e.g. "the partner"
 */
public record Party(String slug, String phrase) {

  public static Party of(String slug, String phrase) {
    return new Party(slug, phrase);
  }

  /** How the refusals name them, in the reader's language ({@code party.<slug>}). */
  MessageSourceResolvable text() {
    return ApiProblem.text("party." + slug);
  }
}
