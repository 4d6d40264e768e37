package vn.dvc.registry.socialinsurance;

import java.util.Optional;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;

/** Port to the social-insurance registry. */
@AuditedRegistry("social-insurance")
public interface SocialInsuranceRegistry {

  /**
   * The person's unemployment-insurance contributions; empty for someone who never contributed,
   * which an unemployment-benefit procedure must be able to tell from a registry failure.
   */
  Optional<UnemploymentInsuranceRecord> unemploymentInsuranceOf(Pin insured);
}
