package vn.dvc.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.identity.Groups;
import vn.dvc.time.EngineClock;

/**
 * Flags the dossier overdue and names the supervisors of its province, whose task follows in the
 * model ({@code supervisorGroup}). The work on the dossier itself goes on.
 */
@Component("escalateOverdueDossier")
class EscalateOverdueDossierDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(EscalateOverdueDossierDelegate.class);

  private final SlaRepository slas;
  private final DossierRepository dossiers;

  EscalateOverdueDossierDelegate(SlaRepository slas, DossierRepository dossiers) {
    this.slas = slas;
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = execution.getProcessBusinessKey();
    DossierSla sla =
        slas.find(dossierId)
            .orElseThrow(() -> new IllegalStateException("No SLA record for " + dossierId));
    String supervisors = Groups.provinceSupervisors(sla.provinceCode());
    if (slas.markEscalated(dossierId, EngineClock.now())) {
      dossiers.addEvent(dossierId, "OVERDUE_ESCALATED", "Escalated to " + supervisors);
      log.warn("Dossier overdue (due {}); escalated to {}", sla.dueDate(), supervisors);
    }
    execution.setVariable("overdue", true);
    execution.setVariable("supervisorGroup", supervisors);
  }
}
