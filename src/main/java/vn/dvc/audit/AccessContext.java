package vn.dvc.audit;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure;
import vn.dvc.catalogue.ProcedureCatalogue;

/**
 * Who is accessing a registry and why, read from where the work happens: the engine's or Spring's
 * authenticated user (an officer completing a task, the portal filing a dossier), otherwise the
 * system (the job executor); the dossier and procedure from the logging context that the engine and
 * the Dossier API set; the legal purpose from the procedure catalogue.
 */
@Component
class AccessContext {

  static final String SYSTEM = "system";
  static final String DOSSIER_KEY = "dossierId";
  static final String PROCEDURE_KEY = "procedureKey";

  private final ObjectProvider<IdentityService> identity;
  private final ProcedureCatalogue catalogue;

  // Lazy: the registries are created before the engine, and audited from the first call on.
  AccessContext(ObjectProvider<IdentityService> identity, ProcedureCatalogue catalogue) {
    this.identity = identity;
    this.catalogue = catalogue;
  }

  String actor() {
    IdentityService engine = identity.getIfAvailable();
    Authentication current = engine == null ? null : engine.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    var spring = SecurityContextHolder.getContext().getAuthentication();
    if (spring != null
        && spring.isAuthenticated()
        && !(spring instanceof AnonymousAuthenticationToken)) {
      return spring.getName();
    }
    return SYSTEM;
  }

  String dossierId() {
    return MDC.get(DOSSIER_KEY);
  }

  /**
   * The procedure of the dossier: the engine logs the running process's key, which inside a
   * building block (deliver-result, notify-citizen, …) is the block's, so the procedure the process
   * variables carry comes first; the Dossier API sets the logging context itself.
   */
  String procedureKey() {
    BpmnExecutionContext engine = Context.getBpmnExecutionContext();
    if (engine != null && engine.getExecution() != null) {
      Object procedure = engine.getExecution().getVariable(PROCEDURE_KEY);
      if (procedure instanceof String key) {
        return key;
      }
    }
    return MDC.get(PROCEDURE_KEY);
  }

  String purpose(String procedureKey) {
    return catalogue
        .find(procedureKey)
        .map(AccessContext::purpose)
        .orElse("No procedure in context");
  }

  private static String purpose(Procedure procedure) {
    return procedure.name().en()
        + " ("
        + procedure.name().vi()
        + ") — "
        + procedure.legalBasis().stream().collect(Collectors.joining("; "));
  }
}
