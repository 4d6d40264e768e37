package vn.dvc.registry.drivinglicences;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;
import vn.dvc.time.EngineClock;

/**
 * Template "Driving licences: look up the licences of a citizen". Input {@code pin}; outputs {@code
 * holdsLicence}, {@code licenceNos} and {@code licenceClasses} (comma-separated), {@code
 * anyExpired} and {@code daysSinceExpiry} of the most recently expired licence (null when none has
 * expired): renewal after less than a year needs the theory test, after a year or more the full
 * test.
 */
@Component("lookUpDrivingLicences")
class LookUpDrivingLicencesDelegate implements JavaDelegate {

  private final DrivingLicenceRegistry licences;

  LookUpDrivingLicencesDelegate(DrivingLicenceRegistry licences) {
    this.licences = licences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<DrivingLicence> held = licences.licencesOf(RegistryTasks.pin(execution, "pin"));
    // The engine's clock, so that a test or a timer moved in time sees the same day.
    LocalDate today = EngineClock.today();
    Long daysSinceExpiry =
        held.stream()
            .filter(licence -> licence.expiredOn(today))
            .map(DrivingLicence::expiresOn)
            .max(LocalDate::compareTo)
            .map(expiry -> ChronoUnit.DAYS.between(expiry, today))
            .orElse(null);
    RegistryTasks.output(execution, "holdsLicence", !held.isEmpty());
    RegistryTasks.output(
        execution,
        "licenceNos",
        held.stream().map(DrivingLicence::licenceNo).collect(Collectors.joining(",")));
    RegistryTasks.output(
        execution,
        "licenceClasses",
        held.stream()
            .map(DrivingLicence::licenceClass)
            .distinct()
            .collect(Collectors.joining(",")));
    RegistryTasks.output(execution, "anyExpired", daysSinceExpiry != null);
    RegistryTasks.output(execution, "daysSinceExpiry", daysSinceExpiry);
  }
}
