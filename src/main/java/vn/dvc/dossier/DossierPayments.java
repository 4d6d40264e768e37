package vn.dvc.dossier;

import java.util.Optional;

/**
 * The dossier's payment as the Dossier API shows it, provided by the payment capability: payments
 * sit above dossiers (they settle a dossier's fee), so the dossier asks through this port instead
 * of depending on them.
 */
public interface DossierPayments {

  /** The dossier's fee and its latest payment request; empty when no fee was decided. */
  Optional<DossierPaymentView> of(String dossierId);
}
