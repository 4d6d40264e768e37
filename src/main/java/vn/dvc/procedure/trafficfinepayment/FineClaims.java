package vn.dvc.procedure.trafficfinepayment;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
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

  private static final Logger log = LoggerFactory.getLogger(FineClaims.class);

  private final PaymentLedger ledger;
  private final DossierRepository dossiers;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  FineClaims(
      PaymentLedger ledger,
      DossierRepository dossiers,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions) {
    this.ledger = ledger;
    this.dossiers = dossiers;
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  static String subject(String decisionNo) {
    return "traffic-fine:" + decisionNo;
  }

  /**
   * Claims the decision for the dossier, in the filing transaction (the dossier row exists).
   * Answers the dossier that holds it instead, if any.
   */
  Optional<String> claim(String decisionNo, String dossierId) {
    try {
      return savepoint.execute(status -> ledger.claim(subject(decisionNo), dossierId, this::holds));
    } catch (DataAccessException lostTheRace) {
      // On PostgreSQL the insert that loses the race on the claim's key aborts the transaction,
      // so the ledger cannot read the winner's claim after it. Back at the savepoint the winner
      // has committed, and claiming again reads its claim like any other.
      log.info("Claim on {} for {} lost a race; reading the winner's claim", decisionNo, dossierId);
      return ledger.claim(subject(decisionNo), dossierId, this::holds);
    }
  }

  /** The dossier of ours through which the decision was paid, if it was paid through us. */
  Optional<String> paidThrough(String decisionNo) {
    // The ledger answers a claim's holder only to a claimant; a refusal quoting the payment must
    // not claim anything, so the holder is read here.
    return jdbc
        .queryForList(
            "select dossier_id from payment_claim where subject = ?",
            String.class,
            subject(decisionNo))
        .stream()
        .filter(this::paid)
        .findFirst();
  }

  private boolean holds(String dossierId) {
    boolean open = dossiers.summary(dossierId).map(d -> !d.status().isFinal()).orElse(false);
    return open || paid(dossierId);
  }

  private boolean paid(String dossierId) {
    return ledger.ofDossier(dossierId).stream().anyMatch(e -> e.state() == LedgerState.PAID);
  }
}
