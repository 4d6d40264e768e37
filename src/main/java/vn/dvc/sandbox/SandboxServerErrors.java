package vn.dvc.sandbox;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.dvc.api.Problems;
import vn.dvc.registry.RegistryException;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryRejectedRequestException;

/**
 * Answers of the sandbox server when a registry refuses a request, as a real registry would send
 * them: the statuses the HTTP client maps back to the same exceptions. Our own API maps these
 * exceptions differently (a registry refusing us is our problem, not the caller's).
 */
@RestControllerAdvice(annotations = SandboxEndpoint.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SandboxServerErrors {

  @ExceptionHandler(RegistryRecordNotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(RegistryRecordNotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "record-not-found", reason(e));
  }

  @ExceptionHandler(RegistryRejectedRequestException.class)
  ResponseEntity<ProblemDetail> rejected(RegistryRejectedRequestException e) {
    return problem(HttpStatusCode.valueOf(e.status()), "request-rejected", reason(e));
  }

  /** A sandbox-only seeding endpoint asked to add a record whose key the sandbox already holds. */
  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(
            Problems.of(
                HttpStatus.CONFLICT,
                "sandbox-duplicate-record",
                "Record already held",
                "The sandbox already holds a record with this number or id."));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
  }

  /** The reason without the registry's name, which the client puts in front again. */
  private static String reason(RegistryException e) {
    String prefix = e.registry() + " registry: ";
    String message = e.getMessage();
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatusCode status, String type, String detail) {
    return ResponseEntity.status(status)
        .body(Problems.of(status, type, "Request refused by the registry", detail));
  }
}
