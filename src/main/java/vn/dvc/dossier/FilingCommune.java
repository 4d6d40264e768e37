package vn.dvc.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.population.Citizen;
import vn.dvc.population.CommuneOfResidence;

/**
 * The commune a dossier is filed at, the same rule for every procedure: the one the citizen names
 * in {@code data.communeCode} (any commune since July 2025), else the current commune of residence
 * of the people concerned in the procedure's order of preference, pre-reform addresses resolved.
 */
@Component
public class FilingCommune {

  private final AdministrativeUnits units;
  private final CommuneOfResidence communeOfResidence;

  FilingCommune(AdministrativeUnits units, CommuneOfResidence communeOfResidence) {
    this.units = units;
    this.communeOfResidence = communeOfResidence;
  }

  /**
   * @param whoseCommune names the people in the refusal when none of them has a known commune, e.g.
   *     "the parents'"
   * @param inOrder the people whose commune of residence may serve, first preferred
   */
  public Commune of(JsonNode data, String whoseCommune, Citizen... inOrder) {
    String named = ProcedureIntake.code(data, "communeCode");
    if (named != null) {
      return units
          .commune(named)
          .orElseThrow(
              () ->
                  ProcedureIntake.invalid(
                      "unknown-commune", "There is no commune with code \"" + named + "\"."));
    }
    Optional<Commune> found = Optional.empty();
    for (Citizen citizen : inOrder) {
      found = found.or(() -> communeOfResidence.of(citizen));
    }
    return found.orElseThrow(
        () ->
            ProcedureIntake.invalid(
                "commune-required",
                "The current commune of "
                    + whoseCommune
                    + " cannot be found in the registries; name the commune to file at in"
                    + " data.communeCode."));
  }
}
