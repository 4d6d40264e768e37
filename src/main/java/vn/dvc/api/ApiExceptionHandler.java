package vn.dvc.api;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.apache.tomcat.util.http.fileupload.impl.FileCountLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.dvc.catalogue.UnknownProcedureException;
import vn.dvc.population.InvalidPinException;
import vn.dvc.registry.RegistryUnavailableException;

/** Every error of our API as problem+json; bad input never becomes a 500. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final MultipartProperties multipart;
  private final ServerProperties server;

  ApiExceptionHandler(MultipartProperties multipart, ServerProperties server) {
    this.multipart = multipart;
    this.server = server;
  }

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem e) {
    Locale locale = LocaleContextHolder.getLocale();
    MessageSource messages = messages();
    ProblemDetail problem =
        Problems.of(
            e.status(),
            e.type(),
            told(e.titleText(), messages, locale),
            told(e.detailText(), messages, locale));
    e.properties().forEach(problem::setProperty);
    return ResponseEntity.status(e.status()).body(problem);
  }

  @ExceptionHandler(UnknownProcedureException.class)
  ResponseEntity<ProblemDetail> unknownProcedure(UnknownProcedureException e) {
    return apiProblem(
        ApiProblem.of(HttpStatus.NOT_FOUND, "unknown-procedure")
            .detail("problem.unknown-procedure.catalogue", e.key()));
  }

  @ExceptionHandler(InvalidPinException.class)
  ResponseEntity<ProblemDetail> invalidPin(InvalidPinException e) {
    return apiProblem(
        ApiProblem.of(HttpStatus.BAD_REQUEST, "invalid-pin").detail(e.code(), e.arguments()));
  }

  /**
   * A text of the bundles in the request's language; a text written out (no code) as it is, never
   * through MessageFormat, which would eat its quotes and braces.
   */
  private static String told(MessageSourceResolvable text, MessageSource messages, Locale locale) {
    return text.getCodes() == null ? text.getDefaultMessage() : messages.getMessage(text, locale);
  }

  private MessageSource messages() {
    return Objects.requireNonNull(getMessageSource(), "the context sets the MessageSource");
  }

  @ExceptionHandler(RegistryUnavailableException.class)
  ResponseEntity<ProblemDetail> registryUnavailable(RegistryUnavailableException e) {
    log.warn("Refused a request because a registry is unavailable", e);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "60")
        .body(
            apiProblem(
                    ApiProblem.of(
                        HttpStatus.SERVICE_UNAVAILABLE, "registry-unavailable", e.registry()))
                .getBody());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (e instanceof StrictJsonMessageConverter.RefusedJsonException refused) {
      ProblemDetail problem =
          Problems.of(
              HttpStatus.BAD_REQUEST,
              refused.type,
              messages()
                  .getMessage(
                      "problem.malformed-json.title", null, LocaleContextHolder.getLocale()),
              e.getMessage());
      if (refused.field != null) {
        problem.setProperty("field", refused.field);
      }
      return ResponseEntity.badRequest().body(problem);
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonBodySizeLimitFilter.BodyTooLargeException tooLarge) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
            .body(JsonBodySizeLimitFilter.tooLarge(tooLarge.limit));
      }
      if (cause instanceof UnrecognizedPropertyException unknown) {
        ProblemDetail problem =
            apiProblem(
                    ApiProblem.of(
                        HttpStatus.BAD_REQUEST,
                        "unknown-field",
                        unknown.getPropertyName(),
                        unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .toList()
                            .toString()))
                .getBody();
        problem.setProperty("field", unknown.getPropertyName());
        return ResponseEntity.badRequest().body(problem);
      }
    }
    return ResponseEntity.badRequest()
        .body(apiProblem(ApiProblem.of(HttpStatus.BAD_REQUEST, "malformed-json")).getBody());
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    // Spring reports -1 (it cannot tell the limit); Tomcat's cause says which limit it was.
    boolean wholeRequest = false;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      wholeRequest |= cause instanceof SizeLimitExceededException;
    }
    ApiProblem problem =
        wholeRequest
            ? ApiProblem.of(HttpStatus.PAYLOAD_TOO_LARGE, "document-too-large")
                .detail(
                    "problem.document-too-large.request", readable(multipart.getMaxRequestSize()))
            : ApiProblem.of(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "document-too-large",
                readable(multipart.getMaxFileSize()));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(apiProblem(problem).getBody());
  }

  /**
   * A multipart body Tomcat cannot parse (no boundary, truncated, a part's headers too large) or
   * with more parts than {@code server.tomcat.max-part-count}. Spring raises it before any
   * controller runs, so only this advice can answer it.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FileCountLimitExceededException) {
        return apiProblem(
            ApiProblem.of(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "too-many-parts",
                String.valueOf(server.getTomcat().getMaxPartCount())));
      }
    }
    log.debug("Refused an unreadable multipart request", e);
    return apiProblem(
        ApiProblem.of(
            HttpStatus.BAD_REQUEST,
            "malformed-multipart",
            readable(server.getTomcat().getMaxPartHeaderSize())));
  }

  private static String readable(DataSize size) {
    long bytes = size.toBytes();
    if (bytes > 0 && bytes % (1024 * 1024) == 0) {
      return size.toMegabytes() + " MB";
    }
    if (bytes > 0 && bytes % 1024 == 0) {
      return size.toKilobytes() + " KB";
    }
    return bytes + " bytes";
  }

  /** Gives Spring's own problem details (404, 405, 415, missing parts …) our stable type URIs. */
  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && URI.create("about:blank").equals(problem.getType())) {
      problem.setType(URI.create("/problems/" + Problems.slug(status.value())));
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected error while serving an API request", e);
    return apiProblem(ApiProblem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"));
  }
}
