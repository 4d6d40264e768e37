package vn.dvc.procedure.landchangeregistration;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.variables.PinList;

/**
 * Combines what the look-ups found about the parties into the facts the eligibility decision reads
 * and into the owners after the change; it calls no registry. {@code applicantIsOwner} and {@code
 * applicantIsReceiver}; for a transfer or gift whose contract notarization holds, {@code
 * nonOwnerTransferorCount} (parties to the contract, other than the receiving parties, who are not
 * owners) and {@code ownersNotInContractCount} (owners who are not parties to it) — 0 when the
 * contract is on paper, which the officer checks; {@code deceasedOwnerCount}; {@code
 * receiversAreCurrentOwners}: every receiving party is already an owner and the owners after the
 * change are the owners now (a sole owner "transferring" the parcel to themselves: nothing changes
 * hands, which the eligibility decision refuses); and {@code newOwnerPins}: the receiving parties
 * for a transfer or gift (the whole parcel changes hands; a share of a parcel would need a split,
 * another procedure), the surviving owners and the heirs for an inheritance.
 */
@Component("assessLandChangeParties")
class AssessLandChangePartiesDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String applicant = (String) execution.getVariable("applicantPin");
    Set<String> owners =
        new LinkedHashSet<>(PinList.parse((String) execution.getVariable("ownerPins")));
    Set<String> receivers =
        new LinkedHashSet<>(PinList.parse((String) execution.getVariable("toPins")));
    Set<String> deceasedOwners =
        new LinkedHashSet<>(PinList.parse((String) execution.getVariable("deceasedOwnerPins")));
    deceasedOwners.retainAll(owners);
    boolean inheritance = "INHERITANCE".equals(execution.getVariable("changeType"));

    long nonOwnerTransferors = 0;
    long ownersNotInContract = 0;
    if (!inheritance && Boolean.TRUE.equals(execution.getVariable("contractFound"))) {
      Set<String> parties =
          new LinkedHashSet<>(PinList.parse((String) execution.getVariable("contractPartyPins")));
      nonOwnerTransferors =
          parties.stream().filter(p -> !receivers.contains(p) && !owners.contains(p)).count();
      ownersNotInContract = owners.stream().filter(o -> !parties.contains(o)).count();
    }
    Set<String> newOwners = new LinkedHashSet<>();
    if (inheritance) {
      owners.stream().filter(o -> !deceasedOwners.contains(o)).forEach(newOwners::add);
    }
    newOwners.addAll(receivers);

    execution.setVariable("applicantIsOwner", owners.contains(applicant));
    execution.setVariable("applicantIsReceiver", receivers.contains(applicant));
    execution.setVariable("nonOwnerTransferorCount", (int) nonOwnerTransferors);
    execution.setVariable("ownersNotInContractCount", (int) ownersNotInContract);
    execution.setVariable("deceasedOwnerCount", deceasedOwners.size());
    execution.setVariable(
        "receiversAreCurrentOwners",
        !receivers.isEmpty() && owners.containsAll(receivers) && newOwners.equals(owners));
    execution.setVariable("newOwnerPins", PinList.format(newOwners));
  }
}
