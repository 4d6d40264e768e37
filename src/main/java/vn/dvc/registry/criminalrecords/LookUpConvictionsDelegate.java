package vn.dvc.registry.criminalrecords;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Criminal records: look up a citizen's convictions". Input {@code pin}; outputs {@code
 * hasConvictions}, {@code hasUnexpungedConvictions} and {@code judgmentNos} (every judgment,
 * expunged ones included, oldest first, comma-separated).
 */
@Component("lookUpConvictions")
class LookUpConvictionsDelegate implements JavaDelegate {

  private final CriminalRecordRegistry criminalRecords;

  LookUpConvictionsDelegate(CriminalRecordRegistry criminalRecords) {
    this.criminalRecords = criminalRecords;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Conviction> convictions =
        criminalRecords.convictionsOf(RegistryTasks.pin(execution, "pin"));
    RegistryTasks.output(execution, "hasConvictions", !convictions.isEmpty());
    RegistryTasks.output(
        execution,
        "hasUnexpungedConvictions",
        convictions.stream().anyMatch(conviction -> !conviction.expunged()));
    RegistryTasks.output(
        execution,
        "judgmentNos",
        convictions.stream().map(Conviction::judgmentNo).collect(Collectors.joining(",")));
  }
}
