package vn.dvc.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints {@link DefaultSecretsCheck}'s refusal as Spring Boot's "APPLICATION FAILED TO START"
 * block, the list of secrets to set first, instead of at the bottom of a stack trace.
 */
class DefaultSecretsFailureAnalyzer
    extends AbstractFailureAnalyzer<DefaultSecretsCheck.DefaultSecretsException> {

  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, DefaultSecretsCheck.DefaultSecretsException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Set the environment variables named above (each to its own random value, the same one"
            + " Keycloak or the registry is given), or run the embedded demo: the H2 database"
            + " with the demo accounts, without the postgres and keycloak profiles.",
        cause);
  }
}
