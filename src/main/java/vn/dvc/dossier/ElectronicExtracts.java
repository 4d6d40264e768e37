package vn.dvc.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.dvc.time.EngineClock;

/**
 * The dossier's electronic result, which the "issue result" step ({@code vn.dvc.procedure.result})
 * builds: the same envelope for every procedure (outcome, document, date of issue) around its
 * facts, as the whole result or as one part of an interlinked dossier's result.
 */
@Component
public class ElectronicExtracts {

  private final DossierRepository dossiers;
  private final ObjectMapper json;

  ElectronicExtracts(DossierRepository dossiers, ObjectMapper json) {
    this.dossiers = dossiers;
    this.json = json;
  }

  /** A result of the given document, issued: what every result starts with. */
  public ObjectNode envelope(String document) {
    return json.createObjectNode().put("outcome", "ISSUED").put("document", document);
  }

  /** Dates the extract and makes it the dossier's result; answers its number. */
  public String issue(DelegateExecution execution, ObjectNode extract) {
    extract.put("issuedOn", EngineClock.today().toString());
    dossiers.setResult(execution.getProcessBusinessKey(), extract.toString());
    return extract.path("extractNo").asText();
  }

  /**
   * Adds one part's outcome to the result of an interlinked dossier, which several authorities
   * complete in turn: the citizen receives every part's document (or the reason a part was refused)
   * under one dossier code. The result is {@code {"outcome": "ISSUED", "parts": [...]}}; a part
   * replaces an earlier part of the same {@code document}, so a retried job does not list its
   * document twice.
   *
   * @param part carries at least {@code document} (e.g. BIRTH_EXTRACT) and {@code outcome}
   */
  public void addPart(DelegateExecution execution, ObjectNode part) {
    String dossierId = execution.getProcessBusinessKey();
    String document = part.path("document").asText();
    if (document.isEmpty()) {
      throw new IllegalArgumentException("A part of an interlinked result names its document");
    }
    part.put("issuedOn", EngineClock.today().toString());
    ObjectNode result = json.createObjectNode().put("outcome", "ISSUED");
    ArrayNode parts = result.putArray("parts");
    for (JsonNode earlier : earlierParts(dossierId)) {
      if (!document.equals(earlier.path("document").asText())) {
        parts.add(earlier);
      }
    }
    parts.add(part);
    dossiers.setResult(dossierId, result.toString());
  }

  /**
   * Turns the extract a single procedure's delegate has just made the dossier's result (e.g. {@code
   * issueBirthExtract}) into a part of the interlinked result, so that an interlinked procedure
   * reuses that delegate instead of repeating its extract; answers the extract's number.
   */
  public String keepAsPart(DelegateExecution execution) {
    String dossierId = execution.getProcessBusinessKey();
    JsonNode issued = result(dossierId);
    if (!(issued instanceof ObjectNode extract) || issued.has("parts")) {
      throw new IllegalStateException(
          "Dossier " + dossierId + " has no single extract as its result to keep as a part");
    }
    addPart(execution, extract);
    return extract.path("extractNo").asText();
  }

  private JsonNode earlierParts(String dossierId) {
    JsonNode earlier = result(dossierId);
    return earlier == null ? json.createArrayNode() : earlier.path("parts");
  }

  private JsonNode result(String dossierId) {
    String earlier =
        dossiers.find(dossierId).map(DossierRepository.DossierRow::resultJson).orElse(null);
    if (earlier == null) {
      return null;
    }
    try {
      return json.readTree(earlier);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Dossier " + dossierId + " has an unreadable result", e);
    }
  }
}
