package vn.dvc.registry.drivinglicences;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Driving licences: renew a licence". Inputs {@code licenceNo} and {@code newExpiry} (ISO
 * date); output {@code renewedUntil} (ISO date). A licence the registry does not hold is an
 * incident: the number came from an earlier look-up, so it is a modelling or data error.
 */
@Component("renewDrivingLicence")
class RenewDrivingLicenceDelegate implements JavaDelegate {

  private final DrivingLicenceRegistry licences;

  RenewDrivingLicenceDelegate(DrivingLicenceRegistry licences) {
    this.licences = licences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DrivingLicence renewed =
        licences.renewLicence(
            RegistryTasks.text(execution, "licenceNo"),
            RegistryTasks.date(execution, "newExpiry"),
            RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "renewedUntil", renewed.expiresOn().toString());
  }
}
