package vn.dvc.registry.healthfacilities;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.population.Pin;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Health facilities: look up a death notice by number". Input {@code noticeNo}; outputs
 * {@code deathNoticeFound}, {@code deathNoticePin} and {@code deathNoticeDateOfDeath} (ISO). A
 * number no facility issued is an answer ({@code deathNoticeFound = false}, nulls).
 */
@Component("lookUpDeathNotice")
class LookUpDeathNoticeDelegate implements JavaDelegate {

  private final HealthFacilityRegistry facilities;

  LookUpDeathNoticeDelegate(HealthFacilityRegistry facilities) {
    this.facilities = facilities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<DeathNotice> notice =
        facilities.findDeathNotice(RegistryTasks.text(execution, "noticeNo"));
    RegistryTasks.output(execution, "deathNoticeFound", notice.isPresent());
    RegistryTasks.output(
        execution, "deathNoticePin", notice.map(n -> Pin.valueOf(n.deceasedPin())).orElse(null));
    RegistryTasks.output(
        execution,
        "deathNoticeDateOfDeath",
        notice.map(DeathNotice::dateOfDeath).map(Object::toString).orElse(null));
  }
}
