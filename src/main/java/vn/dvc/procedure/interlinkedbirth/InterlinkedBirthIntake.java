package vn.dvc.procedure.interlinkedbirth;

import static vn.dvc.dossier.ProcedureIntake.invalid;
import static vn.dvc.dossier.ProcedureIntake.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.identity.Groups;
import vn.dvc.population.Citizen;
import vn.dvc.population.CommuneOfResidence;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.population.Residence;

/**
 * The birth part is accepted exactly as birth registration accepts it (its intake is asked, not
 * copied), so the commune, the child and the other parent are checked once for both procedures.
 * This intake adds the residence the child is registered at: the registered permanent residence of
 * one of the child's parents (its commune resolved from pre-2025 names too), or another address in
 * a known commune. Only identifiers, the address line and the facts the process routes on become
 * variables.
 */
@Component
class InterlinkedBirthIntake implements ProcedureIntake {

  static final String KEY = "interlinked-birth";

  private final ProcedureIntake birthRegistration;
  private final PopulationRegistry population;
  private final CommuneOfResidence communeOfResidence;
  private final AdministrativeUnits units;

  InterlinkedBirthIntake(
      @Qualifier("birthRegistrationIntake") ProcedureIntake birthRegistration,
      PopulationRegistry population,
      CommuneOfResidence communeOfResidence,
      AdministrativeUnits units) {
    this.birthRegistration = birthRegistration;
    this.population = population;
    this.communeOfResidence = communeOfResidence;
    this.units = units;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    Intake birth = birthRegistration.accept(applicant, data);
    JsonNode residence = data.path("residence");
    Map<String, Object> variables = new HashMap<>(birth.variables());
    String parentPin = text(residence, "sameAsParentPin");
    if (parentPin != null) {
      atParentsResidence(applicant, Pin.of(parentPin), (String) variables.get("otherParentPin"))
          .into(variables);
    } else {
      atOtherAddress(residence.path("address")).into(variables);
    }
    // The parts' escalations and the verification's go to the supervisors of the province the
    // dossier is filed in, whose tenant it belongs to.
    units
        .commune(birth.communeCode())
        .ifPresent(
            c -> variables.put("supervisorGroup", Groups.provinceSupervisors(c.provinceCode())));
    return new Intake(birth.communeCode(), variables);
  }

  private ChildResidence atParentsResidence(Citizen applicant, Pin parentPin, String otherParent) {
    boolean isParent =
        parentPin.equals(applicant.pin())
            || (otherParent != null && parentPin.value().equals(otherParent));
    if (!isParent) {
      throw invalid(
          "residence-parent-not-a-parent",
          "The child's residence can be registered only at the residence of one of the child's"
              + " parents named in this dossier (the applicant or data.otherParentPin), not at"
              + " that of "
              + parentPin
              + ".");
    }
    // Both parents were found by the birth intake, so the parent is in population.
    Citizen parent = population.findCitizen(parentPin).orElseThrow();
    Residence residence =
        parent
            .residence()
            .orElseThrow(
                () ->
                    invalid(
                        "residence-parent-without-residence",
                        "The parent "
                            + parentPin
                            + " has no registered permanent residence; give the child's address"
                            + " in data.residence.address instead."));
    Commune commune =
        communeOfResidence
            .of(parent)
            .orElseThrow(
                () ->
                    invalid(
                        "residence-parent-commune-unknown",
                        "The permanent residence of the parent "
                            + parentPin
                            + " cannot be matched to a current commune; give the child's address"
                            + " in data.residence.address instead."));
    // A pre-2025 record keeps the address line next to the old names, which the commune replaces.
    String line = residence.address() != null ? residence.address() : residence.legacyAddress();
    return new ChildResidence(true, parentPin.value(), commune, line, parent.householdId());
  }

  private ChildResidence atOtherAddress(JsonNode address) {
    String code = ProcedureIntake.code(address, "communeCode");
    Commune commune =
        units
            .commune(code)
            .orElseThrow(
                () ->
                    invalid(
                        "unknown-residence-commune",
                        "There is no commune with code "
                            + code
                            + " (data.residence.address.communeCode)."));
    return new ChildResidence(false, null, commune, text(address, "line"), null);
  }

  /**
   * Where the child's permanent residence is registered: the competent police are those of {@code
   * commune}, the social security that of its province.
   */
  private record ChildResidence(
      boolean atParentsResidence,
      String parentPin,
      Commune commune,
      String addressLine,
      String householdId) {

    void into(Map<String, Object> variables) {
      variables.put("residenceAtParentAddress", atParentsResidence);
      variables.put("residenceParentPin", parentPin);
      variables.put("residenceCommuneCode", commune.code());
      variables.put("residenceProvinceCode", commune.provinceCode());
      variables.put("residenceAddress", addressLine);
      variables.put("residenceHouseholdId", householdId);
    }
  }
}
