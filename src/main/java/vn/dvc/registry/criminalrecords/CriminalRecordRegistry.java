package vn.dvc.registry.criminalrecords;

import java.util.List;
import vn.dvc.audit.AuditedRegistry;
import vn.dvc.population.Pin;

/** Port to the judicial record registry. */
@AuditedRegistry("criminal-records")
public interface CriminalRecordRegistry {

  /**
   * Every conviction of the person, expunged ones included, oldest judgment first: a certificate of
   * type 2 lists them all, and it is the procedure that decides what to leave out.
   */
  List<Conviction> convictionsOf(Pin person);
}
