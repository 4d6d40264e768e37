package vn.dvc.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;

/**
 * Creates, idempotently, the groups that the models route to: per commune its civil-status officers
 * and its chair, per province its supervisors, and the analysts. Generated from the administrative
 * units so that a new commune needs no hand-typed group.
 */
@Component
@Order(1)
class EngineGroups implements InitializingBean {

  private final IdentityService identity;
  private final AdministrativeUnits units;

  EngineGroups(IdentityService identity, AdministrativeUnits units) {
    this.identity = identity;
    this.units = units;
  }

  @Override
  public void afterPropertiesSet() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(Groups.ANALYSTS, "Business analysts");
    groups.put(Groups.AUDITORS, "Auditors of registry access");
    for (Commune commune : units.communes()) {
      groups.put(
          Groups.civilStatusOfficers(commune.code()), commune.name() + " — civil-status officers");
      groups.put(Groups.communeChairs(commune.code()), commune.name() + " — chair");
      units
          .provinceOf(commune)
          .ifPresent(
              p -> groups.put(Groups.provinceSupervisors(p.code()), p.name() + " — supervisors"));
    }
    groups.forEach(this::ensureGroup);
  }

  void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }
}
