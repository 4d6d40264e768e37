package vn.dvc.procedure.marriageregistration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.civilstatus.CivilStatusRegistry;
import vn.dvc.civilstatus.Marriage;
import vn.dvc.population.Pin;

/**
 * Sets {@code marriedOn}, the registration date of the civil-status record just made ({@code
 * marriageRegistrationNo} between {@code husbandPin} and {@code wifePin}), which the extract states
 * and population then records for both parties: civil status is the authority on the date of a
 * marriage. Fails, for a retry and then an incident, when civil status holds no such record.
 */
@Component("readMarriageDate")
class ReadMarriageDateDelegate implements JavaDelegate {

  private final CivilStatusRegistry civilStatus;

  ReadMarriageDateDelegate(CivilStatusRegistry civilStatus) {
    this.civilStatus = civilStatus;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String registrationNo = (String) execution.getVariable("marriageRegistrationNo");
    Pin husband = Pin.of((String) execution.getVariable("husbandPin"));
    Pin wife = Pin.of((String) execution.getVariable("wifePin"));
    Marriage marriage =
        civilStatus.marriagesOf(husband).stream()
            .filter(m -> m.registrationNo().equals(registrationNo) && m.isBetween(husband, wife))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Civil status holds no marriage "
                            + registrationNo
                            + " between the parties of dossier "
                            + execution.getProcessBusinessKey()));
    execution.setVariable("marriedOn", marriage.registeredOn().toString());
  }
}
