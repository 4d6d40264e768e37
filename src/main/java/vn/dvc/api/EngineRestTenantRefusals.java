package vn.dvc.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API answers a call on another province's instance, task or variables with 404 in
 * Camunda REST's own error shape, as for an id that does not exist, instead of a 500 that names the
 * refusal: whether another tenant's instance exists is not the caller's business.
 *
 * <p>The engine refuses with a plain {@link ProcessEngineException} (no subclass, no code) whose
 * message starts with ENGINE-13034 — "Cannot … because it belongs to no authenticated tenant." —
 * and Camunda REST sometimes wraps it in a {@link RestException} with its own message. Matching on
 * that message is the only handle there is, so the match is kept tight: the exact class, the code
 * and the sentence. Every other engine error keeps Camunda's mapping.
 */
@Configuration
class EngineRestTenantRefusals {

  private static final Logger log = LoggerFactory.getLogger(EngineRestTenantRefusals.class);
  private static final String CODE = "ENGINE-13034 ";
  private static final String SENTENCE = "because it belongs to no authenticated tenant.";

  @Bean
  ResourceConfigCustomizer tenantRefusalsAsNotFound() {
    return config -> config.register(Refused.class).register(RefusedWrapped.class);
  }

  static boolean isTenantRefusal(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getClass() == ProcessEngineException.class
          && cause.getMessage() != null
          && cause.getMessage().startsWith(CODE)
          && cause.getMessage().endsWith(SENTENCE)) {
        return true;
      }
    }
    return false;
  }

  static Response notFound(Throwable refusal) {
    log.info("Answered 404 to an engine call on another tenant's resource: {}", refusal.toString());
    return ExceptionHandlerHelper.getInstance()
        .getResponse(
            new InvalidRequestException(
                Response.Status.NOT_FOUND,
                "The requested resource does not exist or is not visible to you."));
  }

  /** Ahead of Camunda's mapper of the same exception type, which Jersey would pick otherwise. */
  @Priority(Priorities.USER - 100)
  public static class Refused implements ExtendedExceptionMapper<ProcessEngineException> {
    @Override
    public boolean isMappable(ProcessEngineException e) {
      return isTenantRefusal(e);
    }

    @Override
    public Response toResponse(ProcessEngineException e) {
      return notFound(e);
    }
  }

  @Priority(Priorities.USER - 100)
  public static class RefusedWrapped implements ExtendedExceptionMapper<RestException> {
    @Override
    public boolean isMappable(RestException e) {
      return isTenantRefusal(e.getCause());
    }

    @Override
    public Response toResponse(RestException e) {
      return notFound(e);
    }
  }
}
