package vn.dvc.registry.socialinsurance;

import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;

/** Port to the social-insurance registry. */
@AuditedRegistry("social-insurance")
public interface SocialInsuranceRegistry {

  /**
   * The person's unemployment-insurance contributions; empty for someone who never contributed,
   * which an unemployment-benefit procedure must be able to tell from a registry failure.
   */
  Optional<UnemploymentInsuranceRecord> unemploymentInsuranceOf(Pin insured);

  /**
   * The person's social insurance as a whole (months contributed, pension), which survivors'
   * benefits are decided on; empty for someone social insurance never knew, which is an answer (no
   * allowance), not a failure.
   */
  Optional<SocialInsuranceHistory> historyOf(Pin insured);

  /**
   * Grants the funeral allowance for a deceased insured person to the beneficiary, numbered by the
   * registry. One allowance per deceased: a second grant for the same person under another key is
   * refused ({@link vn.dvc.registry.RegistryRejectedRequestException}, 409).
   */
  FuneralAllowance grantFuneralAllowance(FuneralAllowanceGrant grant, IdempotencyKey key);
}
