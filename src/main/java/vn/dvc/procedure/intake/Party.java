package vn.dvc.procedure.intake;

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

  String possessive() {
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + "'s";
  }
}
