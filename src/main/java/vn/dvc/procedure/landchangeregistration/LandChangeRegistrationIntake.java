package vn.dvc.procedure.landchangeregistration;

import static vn.dvc.dossier.ProcedureIntake.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.dossier.ProcedureIntake;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;
import vn.dvc.procedure.intake.Declared;
import vn.dvc.procedure.intake.IntakeChecks;
import vn.dvc.procedure.intake.Party;
import vn.dvc.registry.land.LandChangeType;
import vn.dvc.registry.land.LandParcel;
import vn.dvc.registry.land.LandRegistry;
import vn.dvc.variables.PinList;

/**
 * Checks what the JSON Schema does not (the kind of change and at least one receiving party are the
 * schema's; each receiving party a living citizen, and the parcel) and files the dossier at the
 * parcel's commune: the land registration office branch of the parcel's province handles it, and
 * the commune sets the province's tenant. The parcel id is the citizen's; the registry holds a few
 * ids twice, told apart only by the certificate, so an id found twice is narrowed to the parcel the
 * applicant owns, and refused as ambiguous when that does not single one out. Ownership, mortgage
 * and deaths of owners are not checked here: they are rules of the DMN, and the process refuses
 * with the reason.
 */
@Component
class LandChangeRegistrationIntake implements ProcedureIntake {

  static final String KEY = "land-change-registration";

  private static final Party RECEIVER = Party.of("receiving-party", "the receiving party");

  private final IntakeChecks checks;
  private final LandRegistry land;
  private final AdministrativeUnits units;

  LandChangeRegistrationIntake(IntakeChecks checks, LandRegistry land, AdministrativeUnits units) {
    this.checks = checks;
    this.land = land;
    this.units = units;
  }

  @Override
  public String procedureKey() {
    return KEY;
  }

  @Override
  public Intake accept(Citizen applicant, JsonNode data) {
    Declared declared = checks.declared(applicant, data);
    // The schema's enum: TRANSFER, GIFT or INHERITANCE.
    LandChangeType changeType = LandChangeType.valueOf(declared.given("changeType"));
    List<Citizen> receivers =
        declared
            .pins("toPins", RECEIVER)
            .knownLivingCitizens("the right to a parcel cannot pass to them");
    LandParcel parcel = parcel(declared.text("parcelId"), applicant.pin());
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
    variables.put("toPins", PinList.format(receivers.stream().map(Citizen::pin).toList()));
    variables.put("contractNo", declared.text("contractNo"));
    variables.put("provinceCode", commune.provinceCode());
    // Filled by the multi-instance look-ups, one party at a time.
    variables.put("deceasedReceiverCount", 0);
    variables.put("deceasedOwnerPins", "");
    return new Intake(commune.code(), variables);
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
