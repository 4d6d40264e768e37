package vn.dvc.registry.land;

import java.math.BigDecimal;
import java.util.List;
import vn.dvc.population.Pin;

/** A land parcel with its land-use right certificate and every co-owner. */
public record LandParcel(
    String parcelId,
    String certificateNo,
    List<Pin> ownerPins,
    String communeCode,
    BigDecimal areaM2,
    String landUse,
    boolean mortgaged) {

  public LandParcel {
    ownerPins = List.copyOf(ownerPins);
  }
}
