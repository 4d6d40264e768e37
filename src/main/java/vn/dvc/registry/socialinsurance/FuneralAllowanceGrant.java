package vn.dvc.registry.socialinsurance;

import vn.dvc.population.Pin;

/**
 * A funeral allowance to grant (trợ cấp mai táng).
 *
 * @param deceased the insured person who died
 * @param beneficiary who organised the funeral and is paid, the applicant of the dossier
 * @param amountVnd the amount, computed by the procedure from the base salary in force
 */
public record FuneralAllowanceGrant(Pin deceased, Pin beneficiary, long amountVnd) {}
