package vn.dvc.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/procedures")
class ProcedureController {

  private final ProcedureCatalogue catalogue;

  ProcedureController(ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  List<Procedure> all() {
    return catalogue.all();
  }

  @GetMapping("/{key}")
  ProcedureWithSchema one(@PathVariable String key) {
    Procedure procedure = catalogue.find(key).orElseThrow(() -> new UnknownProcedureException(key));
    return new ProcedureWithSchema(procedure, catalogue.dataSchema(key).orElse(null));
  }

  /** The procedure with the JSON Schema the portal builds its form from. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ProcedureWithSchema(@JsonUnwrapped Procedure procedure, JsonNode dataSchema) {}
}
