package vn.dvc.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.time.EngineClock;

/** Records that the dossier is due soon: on its timeline and for the officers' filters. */
@Component("warnDossierDueSoon")
class WarnDossierDueSoonDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(WarnDossierDueSoonDelegate.class);

  private final SlaRepository slas;
  private final DossierRepository dossiers;

  WarnDossierDueSoonDelegate(SlaRepository slas, DossierRepository dossiers) {
    this.slas = slas;
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = execution.getProcessBusinessKey();
    if (slas.markWarned(dossierId, EngineClock.now())) {
      dossiers.addEvent(dossierId, "DUE_SOON", "Due within one working day");
      log.warn("Dossier due soon");
    }
    execution.setVariable("dueSoon", true);
  }
}
