package vn.dvc.registry.socialinsurance;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * A funeral allowance social security granted.
 *
 * @param decisionNo the number of the grant decision, assigned by the registry
 */
public record FuneralAllowance(
    String decisionNo, Pin deceased, Pin beneficiary, long amountVnd, LocalDate grantedOn) {

  public FuneralAllowance {
    Objects.requireNonNull(decisionNo, "decisionNo");
    Objects.requireNonNull(deceased, "deceased");
    Objects.requireNonNull(beneficiary, "beneficiary");
  }
}
