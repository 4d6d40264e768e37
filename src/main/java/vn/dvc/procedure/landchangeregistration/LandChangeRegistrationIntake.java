package vn.dvc.procedure.landchangeregistration;

import static vn.dvc.dossier.ProcedureIntake.invalid;
import static vn.dvc.dossier.ProcedureIntake.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.civilstatus.CivilStatusRegistry;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;
import vn.dvc.population.InvalidPinException;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.registry.land.LandChangeType;
import vn.dvc.registry.land.LandParcel;
import vn.dvc.registry.land.LandRegistry;

/**
 * Checks what the JSON Schema does not (the kind of change, at least one receiving party, each a
 * living citizen, and the parcel) and files the dossier at the parcel's commune: the land
 * registration office branch of the parcel's province handles it, and the commune sets the
 * province's tenant. The parcel id is the citizen's; the registry holds a few ids twice, told apart
 * only by the certificate, so an id found twice is narrowed to the parcel the applicant owns, and
 * refused as ambiguous when that does not single one out. Ownership, mortgage and deaths of owners
 * are not checked here: they are rules of the DMN, and the process refuses with the reason.
 */
@Component
class LandChangeRegistrationIntake implements ProcedureIntake {

  static final String KEY = "land-change-registration";

  private final LandRegistry land;
  private final PopulationRegistry population;
  private final CivilStatusRegistry civilStatus;
  private final AdministrativeUnits units;

  LandChangeRegistrationIntake(
      LandRegistry land,
      PopulationRegistry population,
      CivilStatusRegistry civilStatus,
      AdministrativeUnits units) {
    this.land = land;
    this.population = population;
    this.civilStatus = civilStatus;
    this.units = units;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    LandChangeType changeType = changeType(text(data, "changeType"));
    List<Pin> receivers = receivers(data.path("toPins"));
    LandParcel parcel = parcel(text(data, "parcelId"), applicant.pin());
    Commune commune =
        units
            .commune(parcel.communeCode())
            .orElseThrow(
                () ->
                    invalid(
                        "parcel-commune-unknown",
                        "The land registry places parcel "
                            + parcel.parcelId()
                            + " in commune "
                            + parcel.communeCode()
                            + ", which is not a current commune; ask the land registration office"
                            + " to correct the parcel."));

    Map<String, Object> variables = new HashMap<>();
    variables.put("parcelId", parcel.parcelId());
    variables.put("certificateNo", parcel.certificateNo());
    variables.put("changeType", changeType.name());
    variables.put("toPins", String.join(",", receivers.stream().map(Pin::value).toList()));
    variables.put("contractNo", text(data, "contractNo"));
    variables.put("provinceCode", commune.provinceCode());
    // Filled by the multi-instance look-ups, one party at a time.
    variables.put("deceasedReceiverCount", 0);
    variables.put("deceasedOwnerPins", "");
    return new Intake(commune.code(), variables);
  }

  private static LandChangeType changeType(String value) {
    try {
      return LandChangeType.valueOf(value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw invalid(
          "unknown-change-type",
          "The kind of change \""
              + (value == null ? "" : value)
              + "\" is not one this procedure registers; give TRANSFER, GIFT or INHERITANCE.");
    }
  }

  private List<Pin> receivers(JsonNode toPins) {
    Set<Pin> pins = new LinkedHashSet<>();
    for (JsonNode node : toPins) {
      try {
        pins.add(Pin.of(node.asText()));
      } catch (InvalidPinException e) {
        throw invalid(
            "invalid-receiving-party",
            "\"" + node.asText() + "\" in toPins is not a personal identification number.");
      }
    }
    if (pins.isEmpty()) {
      throw invalid(
          "no-receiving-party",
          "Name at least one person who receives the parcel (toPins): the buyer, the donee or the"
              + " heirs.");
    }
    List<Pin> receivers = new ArrayList<>();
    for (Pin pin : pins) {
      Citizen receiver =
          population
              .findCitizen(pin)
              .orElseThrow(
                  () ->
                      invalid(
                          "unknown-receiving-party",
                          "No citizen with personal identification number "
                              + pin
                              + " (a receiving party) is in the National Population Database."));
      if (receiver.deceased() || civilStatus.deathOf(pin).isPresent()) {
        throw invalid(
            "receiving-party-deceased",
            "The registries record the receiving party "
                + pin
                + " as deceased; the right to a parcel cannot pass to them.");
      }
      receivers.add(pin);
    }
    return receivers;
  }

  private LandParcel parcel(String parcelId, Pin applicant) {
    List<LandParcel> parcels = land.parcelsWithId(parcelId);
    if (parcels.isEmpty()) {
      throw invalid(
          "unknown-parcel",
          "The land registry holds no parcel with id " + parcelId + "; check the parcel id.");
    }
    if (parcels.size() == 1) {
      return parcels.get(0);
    }
    List<LandParcel> owned =
        parcels.stream().filter(p -> p.ownerPins().contains(applicant)).toList();
    if (owned.size() == 1) {
      return owned.get(0);
    }
    throw invalid(
        "ambiguous-parcel",
        "The land registry holds "
            + parcels.size()
            + " parcels with id "
            + parcelId
            + " and cannot tell which one is meant; ask the land registration office to correct"
            + " the duplicate parcel id before filing.");
  }
}
