package vn.dvc.registry.socialinsurance;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * A person's unemployment-insurance contributions.
 *
 * @param contributionMonthsLast24 months contributed in the 24 months before the contract ended,
 *     which the benefit requires at least 12 of
 * @param contractEndedOn null while the labour contract runs
 * @param averageMonthlySalaryVnd the salary contributions were paid on, averaged over the last six
 *     months; the benefit is a share of it
 */
public record UnemploymentInsuranceRecord(
    Pin insured,
    String socialInsuranceNo,
    String employer,
    int contributionMonthsLast24,
    LocalDate contractEndedOn,
    long averageMonthlySalaryVnd) {

  public UnemploymentInsuranceRecord {
    Objects.requireNonNull(insured, "insured");
    Objects.requireNonNull(socialInsuranceNo, "socialInsuranceNo");
  }
}
