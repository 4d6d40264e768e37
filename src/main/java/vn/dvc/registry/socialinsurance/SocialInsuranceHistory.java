package vn.dvc.registry.socialinsurance;

import java.time.LocalDate;
import java.util.Objects;
import vn.dvc.population.Pin;

/**
 * What social insurance holds about a person's insurance as a whole, the facts survivors' benefits
 * such as the funeral allowance are decided on.
 *
 * @param contributionMonths months of social-insurance contributions recorded for the person
 * @param pensioner whether the person draws a pension
 * @param pensionFrom the day the pension started; null for someone who is not a pensioner
 */
public record SocialInsuranceHistory(
    Pin insured,
    String socialInsuranceNo,
    int contributionMonths,
    boolean pensioner,
    LocalDate pensionFrom) {

  public SocialInsuranceHistory {
    Objects.requireNonNull(insured, "insured");
    Objects.requireNonNull(socialInsuranceNo, "socialInsuranceNo");
  }
}
