package vn.dvc.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Serves the OpenAPI description of each sandbox registry next to its endpoints. */
@SandboxEndpoint
class SandboxOpenApiController {

  private static final Pattern REGISTRY_NAME = Pattern.compile("[a-z][a-z-]{1,40}");

  @GetMapping(value = "/sandbox/{registry}/openapi.yaml", produces = "application/yaml")
  ResponseEntity<byte[]> openApi(@PathVariable String registry) throws IOException {
    ClassPathResource description = new ClassPathResource("sandbox-openapi/" + registry + ".yaml");
    if (!REGISTRY_NAME.matcher(registry).matches() || !description.exists()) {
      return ResponseEntity.notFound().build();
    }
    try (InputStream in = description.getInputStream()) {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("application/yaml"))
          .body(in.readAllBytes());
    }
  }
}
