package vn.dvc.procedure.trafficfinepayment;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.payment.LedgerState;
import vn.dvc.payment.PaymentLedger;

/**
 * Which dossier pays a penalty decision: the ledger's claim on {@code traffic-fine:<decisionNo>}. A
 * claim holds while its dossier is open or once it paid; a dossier that ended unpaid (not accepted,
 * payment expired) lets the next one claim the decision.
 */
@Component
class FineClaims {

  private final PaymentLedger ledger;
  private final DossierRepository dossiers;

  FineClaims(PaymentLedger ledger, DossierRepository dossiers) {
    this.ledger = ledger;
    this.dossiers = dossiers;
  }

  static String subject(String decisionNo) {
    return "traffic-fine:" + decisionNo;
  }

  /**
   * Claims the decision for the dossier, in the filing transaction (the dossier row exists).
   * Answers the dossier that holds it instead, if any.
   */
  Optional<String> claim(String decisionNo, String dossierId) {
    return ledger.claim(subject(decisionNo), dossierId, this::holds);
  }

  /** The dossier of ours through which the decision was paid, if it was paid through us. */
  Optional<String> paidThrough(String decisionNo) {
    return ledger.holderOf(subject(decisionNo)).filter(this::paid);
  }

  private boolean holds(String dossierId) {
    boolean open = dossiers.summary(dossierId).map(d -> !d.status().isFinal()).orElse(false);
    return open || paid(dossierId);
  }

  private boolean paid(String dossierId) {
    return ledger.ofDossier(dossierId).stream().anyMatch(e -> e.state() == LedgerState.PAID);
  }
}
