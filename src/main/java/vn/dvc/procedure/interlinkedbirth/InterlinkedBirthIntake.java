package vn.dvc.procedure.interlinkedbirth;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.identity.Groups;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;
import vn.dvc.population.Residence;
import vn.dvc.procedure.intake.Declared;
import vn.dvc.procedure.intake.DeclaredCitizen;
import vn.dvc.procedure.intake.DeclaredPin;
import vn.dvc.procedure.intake.IntakeChecks;
import vn.dvc.procedure.intake.Party;

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

  private static final Party PARENT = Party.of("residence-parent", "the parent");

  private final ProcedureIntake birthRegistration;
  private final IntakeChecks checks;
  private final AdministrativeUnits units;

  InterlinkedBirthIntake(
      @Qualifier("birthRegistrationIntake") ProcedureIntake birthRegistration,
      IntakeChecks checks,
      AdministrativeUnits units) {
    this.birthRegistration = birthRegistration;
    this.checks = checks;
    this.units = units;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    Intake birth = birthRegistration.accept(applicant, data);
    Declared declared = checks.declared(applicant, data);
    Map<String, Object> variables = new HashMap<>(birth.variables());
    Optional<DeclaredPin> parent = declared.optionalPin("residence.sameAsParentPin", PARENT);
    if (parent.isPresent()) {
      atParentsResidence(parent.get(), applicant, (String) variables.get("otherParentPin"))
          .into(variables);
    } else {
      Commune commune =
          declared.commune("residence.address.communeCode", "unknown-residence-commune");
      new ChildResidence(false, null, commune, declared.text("residence.address.line"), null)
          .into(variables);
    }
    // The parts' escalations and the verification's go to the supervisors of the province the
    // dossier is filed in, whose tenant it belongs to.
    units
        .commune(birth.communeCode())
        .ifPresent(
            c -> variables.put("supervisorGroup", Groups.provinceSupervisors(c.provinceCode())));
    return new Intake(birth.communeCode(), variables);
  }

  private ChildResidence atParentsResidence(
      DeclaredPin declaredParent, Citizen applicant, String otherParentPin) {
    Pin parentPin = declaredParent.pin();
    List<Pin> parents =
        otherParentPin == null
            ? List.of(applicant.pin())
            : List.of(applicant.pin(), Pin.of(otherParentPin));
    // Both parents were found by the birth intake, so the parent is in population.
    DeclaredCitizen parent =
        declaredParent
            .oneOf(
                parents,
                "residence-parent-not-a-parent",
                "The child's residence can be registered only at the residence of one of the"
                    + " child's parents named in this dossier (the applicant or"
                    + " data.otherParentPin), not at that of "
                    + parentPin
                    + ".")
            .knownCitizen()
            .require(
                c -> c.residence().isPresent(),
                "residence-parent-without-residence",
                "The parent "
                    + parentPin
                    + " has no registered permanent residence; give the child's address in"
                    + " data.residence.address instead.");
    Commune commune =
        parent.communeOfResidence(
            "residence-parent-commune-unknown",
            "The permanent residence of the parent "
                + parentPin
                + " cannot be matched to a current commune; give the child's address in"
                + " data.residence.address instead.");
    Residence residence = parent.citizen().residence().orElseThrow();
    // A pre-2025 record keeps the address line next to the old names, which the commune replaces.
    String line = residence.address() != null ? residence.address() : residence.legacyAddress();
    return new ChildResidence(
        true, parentPin.value(), commune, line, parent.citizen().householdId());
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
