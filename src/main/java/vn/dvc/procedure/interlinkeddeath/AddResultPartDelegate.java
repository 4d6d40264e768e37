package vn.dvc.procedure.interlinkeddeath;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ElectronicExtracts;
import vn.dvc.registry.RegistryTasks;

/**
 * Adds the outcome of the residence or funeral-allowance part to the dossier's one result ({@link
 * ElectronicExtracts#addPart}): the document the authority issued, or — when the input {@code
 * refusalReason} is set — that the part was refused and why, so that the citizen sees every part
 * under one status. Input {@code part}: RESIDENCE_REMOVAL or FUNERAL_ALLOWANCE. Replaces an earlier
 * outcome of the same part, so a retried job lists it once.
 */
@Component("addInterlinkedDeathPart")
class AddResultPartDelegate implements JavaDelegate {

  enum Part {
    RESIDENCE_REMOVAL,
    FUNERAL_ALLOWANCE
  }

  private final ElectronicExtracts extracts;
  private final ObjectMapper json;
  private final AdministrativeUnits units;

  AddResultPartDelegate(ElectronicExtracts extracts, ObjectMapper json, AdministrativeUnits units) {
    this.extracts = extracts;
    this.json = json;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Part part = RegistryTasks.choice(execution, "part", Part.class);
    ObjectNode outcome =
        json.createObjectNode()
            .put("document", document(part))
            .put("deceasedPin", RegistryTasks.text(execution, "deceasedPin"));
    String refusal = RegistryTasks.optionalText(execution, "refusalReason");
    if (refusal != null) {
      outcome.put("outcome", "REFUSED").put("reason", refusal);
    } else {
      outcome.put("outcome", "ISSUED");
      if (part == Part.FUNERAL_ALLOWANCE) {
        outcome
            .put("decisionNo", RegistryTasks.text(execution, "funeralAllowanceDecisionNo"))
            .put("beneficiaryPin", RegistryTasks.text(execution, "applicantPin"))
            .put("amountVnd", Long.parseLong(RegistryTasks.text(execution, "funeralAllowanceVnd")))
            .put("baseSalaryVnd", Long.parseLong(RegistryTasks.text(execution, "baseSalaryVnd")));
      } else {
        String commune = RegistryTasks.text(execution, "communeCode");
        outcome.put(
            "removedBy", "Công an " + units.commune(commune).map(Commune::name).orElse(commune));
      }
    }
    extracts.addPart(execution, outcome);
  }

  private static String document(Part part) {
    return switch (part) {
      case RESIDENCE_REMOVAL -> "PERMANENT_RESIDENCE_REMOVAL";
      case FUNERAL_ALLOWANCE -> "FUNERAL_ALLOWANCE_DECISION";
    };
  }
}
