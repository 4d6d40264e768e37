package vn.dvc.api;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.dvc.catalogue.UnknownProcedureException;
import vn.dvc.population.InvalidPinException;
import vn.dvc.registry.RegistryUnavailableException;

/** Every error of our API as problem+json; bad input never becomes a 500. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
    ProblemDetail problem = Problems.of(e.status(), e.type(), e.title(), e.getMessage());
    e.properties().forEach(problem::setProperty);
    return ResponseEntity.status(e.status()).body(problem);
  }

  @ExceptionHandler(UnknownProcedureException.class)
  ResponseEntity<ProblemDetail> unknownProcedure(UnknownProcedureException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(
            Problems.of(
                HttpStatus.NOT_FOUND, "unknown-procedure", "Unknown procedure", e.getMessage()));
  }

  @ExceptionHandler(InvalidPinException.class)
  ResponseEntity<ProblemDetail> invalidPin(InvalidPinException e) {
    return ResponseEntity.badRequest()
        .body(Problems.of(HttpStatus.BAD_REQUEST, "invalid-pin", "Invalid PIN", e.getMessage()));
  }

  @ExceptionHandler(RegistryUnavailableException.class)
  ResponseEntity<ProblemDetail> registryUnavailable(RegistryUnavailableException e) {
    log.warn("Refused a request because a registry is unavailable", e);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "60")
        .body(
            Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "registry-unavailable",
                "Registry unavailable",
                "The "
                    + e.registry()
                    + " registry does not answer right now. Nothing was filed; please try again"
                    + " in a minute."));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonBodySizeLimitFilter.BodyTooLargeException tooLarge) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .body(JsonBodySizeLimitFilter.tooLarge(tooLarge.limit));
      }
    }
    return ResponseEntity.badRequest()
        .body(
            Problems.of(
                HttpStatus.BAD_REQUEST,
                "malformed-json",
                "Malformed request",
                "The request body is not valid JSON of the expected shape."));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(
            Problems.of(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "document-too-large",
                "Document too large",
                "The document is larger than the " + e.getMaxUploadSize() + " bytes accepted."));
  }

  /** Gives Spring's own problem details (404, 405, 415, missing parts …) our stable type URIs. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && URI.create("about:blank").equals(problem.getType())) {
      HttpStatus known = HttpStatus.resolve(status.value());
      String slug =
          known == null ? "http-" + status.value() : known.name().toLowerCase().replace('_', '-');
      problem.setType(URI.create("/problems/" + slug));
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected error while serving an API request", e);
    return ResponseEntity.internalServerError()
        .body(
            Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "Something went wrong on our side; nothing was changed. Please try again later."));
  }
}
