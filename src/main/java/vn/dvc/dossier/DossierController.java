package vn.dvc.dossier;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dvc.api.ApiProblem;
import vn.dvc.api.Problems;
import vn.dvc.identity.Caller;

@RestController
@RequestMapping("/api/v1/dossiers")
class DossierController {

  private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;
  private static final int DEFAULT_PAGE_SIZE = 50;
  private static final int MAX_PAGE_SIZE = 200;

  private final DossierService service;

  DossierController(DossierService service) {
    this.service = service;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DossierView> file(
      @RequestBody DossierRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
      Authentication authentication) {
    if (idempotencyKey != null
        && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      throw ApiProblem.of(
          HttpStatus.BAD_REQUEST,
          "invalid-idempotency-key",
          String.valueOf(MAX_IDEMPOTENCY_KEY_LENGTH));
    }
    DossierService.Filed filed = service.file(request, idempotencyKey, Caller.of(authentication));
    // A replay answers exactly as the first request did, so a portal retrying after a lost
    // response cannot tell the difference except by the header.
    return ResponseEntity.created(URI.create("/api/v1/dossiers/" + filed.dossier().id()))
        .header("Idempotent-Replayed", Boolean.toString(filed.replayed()))
        .body(filed.dossier());
  }

  /**
   * The dossiers the caller may read, newest first: the same rule as reading one ({@link
   * DossierAccess}), so a dossier is listed exactly when its own URL answers 200.
   */
  @GetMapping
  List<DossierSummaryView> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String procedure,
      @RequestParam(required = false) String applicantPin,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String offset,
      Authentication authentication) {
    return service.list(
        Caller.of(authentication),
        new DossierRepository.ListFilter(
            status(status),
            blankToNull(procedure),
            blankToNull(applicantPin),
            number("limit", limit, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
            number("offset", offset, 0, 0, Integer.MAX_VALUE)));
  }

  @GetMapping("/{id}")
  DossierView get(@PathVariable String id, Authentication authentication) {
    return service.view(id, Caller.of(authentication));
  }

  @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DossierView> supplyDocument(
      @PathVariable String id,
      @RequestParam("type") String type,
      @RequestPart("file") MultipartFile file,
      Authentication authentication)
      throws IOException {
    DossierView dossier =
        service.supplyDocument(
            id,
            Caller.of(authentication),
            type,
            file.getOriginalFilename(),
            file.getContentType(),
            file.getBytes());
    return ResponseEntity.status(HttpStatus.CREATED).body(dossier);
  }

  /**
   * Tomcat refuses a file name holding a NUL while it parses the form, before SuppliedFiles sees
   * it: the same 400 as for other control characters, not a 500. This handler is reached because
   * multipart requests are parsed lazily, inside this controller's argument resolution
   * (spring.servlet.multipart.resolve-lazily); Spring matches it on the parse failure's cause.
   */
  @ExceptionHandler(InvalidFileNameException.class)
  ResponseEntity<ProblemDetail> invalidFileName(InvalidFileNameException e) {
    return ResponseEntity.badRequest()
        .body(
            Problems.of(
                HttpStatus.BAD_REQUEST,
                "invalid-file-name",
                "Invalid file name",
                "The file name contains control characters."));
  }

  private static DossierStatus status(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DossierStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.of(HttpStatus.BAD_REQUEST, "invalid-query")
          .detail("problem.invalid-query.status", Arrays.toString(DossierStatus.values()), value);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static int number(String name, String value, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below, as for a number out of range
    }
    throw ApiProblem.of(HttpStatus.BAD_REQUEST, "invalid-query")
        .detail(
            "problem.invalid-query.range",
            name,
            String.valueOf(min),
            String.valueOf(max),
            String.valueOf(value));
  }
}
