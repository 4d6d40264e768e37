package vn.dvc.dossier;

import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
import vn.dvc.identity.Caller;

@RestController
@RequestMapping("/api/v1/dossiers")
class DossierController {

  private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

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
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "invalid-idempotency-key",
          "Invalid Idempotency-Key",
          "An Idempotency-Key has 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters.");
    }
    DossierService.Filed filed = service.file(request, idempotencyKey, Caller.of(authentication));
    // A replay answers exactly as the first request did, so a portal retrying after a lost
    // response cannot tell the difference except by the header.
    return ResponseEntity.created(URI.create("/api/v1/dossiers/" + filed.dossier().id()))
        .header("Idempotent-Replayed", Boolean.toString(filed.replayed()))
        .body(filed.dossier());
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
}
