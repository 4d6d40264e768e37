package vn.dvc.registry.notarization;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * A notarized contract and every party to it. The type is the registry's code (LAND_TRANSFER,
 * RENTAL, GIFT, MORTGAGE…), kept as text because the registry adds types without telling us.
 */
public record NotarizedContract(
    String contractNo,
    String contractType,
    String notaryOffice,
    LocalDate notarizedOn,
    String subject,
    List<Pin> partyPins) {

  public NotarizedContract {
    Objects.requireNonNull(contractNo, "contractNo");
    Objects.requireNonNull(contractType, "contractType");
    Objects.requireNonNull(notaryOffice, "notaryOffice");
    Objects.requireNonNull(notarizedOn, "notarizedOn");
    Objects.requireNonNull(subject, "subject");
    partyPins = List.copyOf(partyPins);
  }
}
