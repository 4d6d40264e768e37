package vn.dvc.procedure.intake;

import static vn.dvc.dossier.ProcedureIntake.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dvc.population.Citizen;
import vn.dvc.population.InvalidPinException;
import vn.dvc.population.Pin;

/**
 * A list of PINs the data declares, each of one {@link Party} (the receiving parties of a parcel).
 * How many, and that none is written twice, is the schema's ({@code minItems}, {@code
 * uniqueItems}); these are the checks it cannot make.
 */
public final class DeclaredPins {

  private final Declared declared;
  private final String path;
  private final Party party;
  private final JsonNode array;

  DeclaredPins(Declared declared, String path, Party party, JsonNode array) {
    this.declared = declared;
    this.path = path;
    this.party = party;
    this.array = array;
  }

  /**
   * Each a PIN (422 {@code invalid-<slug>}), of a citizen population holds (422 {@code
   * unknown-<slug>}), alive in every registry (422 {@code <slug>-deceased}, with {@code
   * consequence}); in their order, each once.
   */
  public List<Citizen> knownLivingCitizens(String consequence) {
    List<Citizen> citizens = new ArrayList<>();
    for (Pin pin : distinctPins()) {
      citizens.add(
          new DeclaredPin(declared, party, pin)
              .knownCitizen()
              .aliveInEveryRegistry(consequence)
              .citizen());
    }
    return citizens;
  }

  private Set<Pin> distinctPins() {
    Set<Pin> pins = new LinkedHashSet<>();
    for (JsonNode node : array) {
      try {
        pins.add(Pin.of(node.asText()));
      } catch (InvalidPinException e) {
        throw refused("invalid-" + party.slug(), "intake.not-a-pin", node.asText(), path);
      }
    }
    return pins;
  }
}
