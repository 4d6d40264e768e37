package vn.dvc.registry.healthfacilities;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Health facilities: look up the death notice about a person". Input {@code deceasedPin};
 * outputs {@code deathNoticeFound}, {@code deathNoticeNo} and {@code deathNoticeDateOfDeath} (ISO).
 * No notice is an answer ({@code deathNoticeFound = false}, nulls): a death outside a health
 * facility has none.
 */
@Component("lookUpDeathNoticeOfPerson")
class LookUpDeathNoticeOfPersonDelegate implements JavaDelegate {

  private final HealthFacilityRegistry facilities;

  LookUpDeathNoticeOfPersonDelegate(HealthFacilityRegistry facilities) {
    this.facilities = facilities;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<DeathNotice> notice =
        facilities.deathNoticeFor(RegistryTasks.pin(execution, "deceasedPin"));
    RegistryTasks.output(execution, "deathNoticeFound", notice.isPresent());
    RegistryTasks.output(
        execution, "deathNoticeNo", notice.map(DeathNotice::noticeNo).orElse(null));
    RegistryTasks.output(
        execution,
        "deathNoticeDateOfDeath",
        notice.map(DeathNotice::dateOfDeath).map(Object::toString).orElse(null));
  }
}
