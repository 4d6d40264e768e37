package vn.dvc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import vn.dvc.identity.Caller;
import vn.dvc.identity.Groups;

/**
 * Files dossiers and supplies documents through the Dossier service, for tests of other packages
 * (process tests) that need a real dossier behind their process instance.
 */
public final class DossierFixtures {

  private final DossierService service;
  private final ObjectMapper json;

  /** An administrator at the counter: may file for anyone and see everything. */
  private static final Caller COUNTER =
      new Caller("test", Set.of(Groups.ADMINISTRATORS), Optional.empty());

  public DossierFixtures(ApplicationContext context) {
    this.service = context.getBean(DossierService.class);
    this.json = context.getBean(ObjectMapper.class);
  }

  /** Files a dossier as the officer at the counter would, and returns its code. */
  public String file(String procedure, String applicantPin, ObjectNode data) {
    return service
        .file(new DossierRequest(procedure, applicantPin, data), null, COUNTER)
        .dossier()
        .id();
  }

  public void supply(String dossierId, String documentType) {
    service.supplyDocument(
        dossierId,
        COUNTER,
        documentType,
        documentType + ".pdf",
        "application/pdf",
        "%PDF-1.4 test".getBytes());
  }

  /** The dossier as the API answers it. */
  public JsonNode view(String dossierId) {
    return json.valueToTree(service.view(dossierId));
  }

  public ObjectNode object() {
    return json.createObjectNode();
  }
}
