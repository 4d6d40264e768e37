package vn.dvc.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Province;

/**
 * Creates, idempotently, the groups of the {@link GroupDirectory} in Camunda's own identity
 * service, the embedded default's counterpart of the Keycloak realm's groups, and the province
 * tenants with their groups as members (under Keycloak the tenants come from the token's groups).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "dvc.keycloak.enabled", havingValue = "false", matchIfMissing = true)
class EngineGroups implements InitializingBean {

  private final IdentityService identity;
  private final GroupDirectory directory;
  private final ProvinceTenants tenants;
  private final AdministrativeUnits units;

  EngineGroups(
      IdentityService identity,
      GroupDirectory directory,
      ProvinceTenants tenants,
      AdministrativeUnits units) {
    this.identity = identity;
    this.directory = directory;
    this.tenants = tenants;
    this.units = units;
  }

  /** A few queries in all, whatever the number of groups: this runs at every start. */
  @Override
  public void afterPropertiesSet() {
    List<GroupDirectory.GroupDefinition> groups = directory.all();
    Set<String> existingGroups =
        identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
    for (GroupDirectory.GroupDefinition definition : groups) {
      if (!existingGroups.contains(definition.id())) {
        Group group = identity.newGroup(definition.id());
        group.setName(definition.name());
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
    }
    Set<String> existingTenants =
        identity.createTenantQuery().list().stream().map(Tenant::getId).collect(Collectors.toSet());
    for (Province province : units.provinces()) {
      String tenant = ProvinceTenants.tenantOfProvince(province.code());
      if (!existingTenants.contains(tenant)) {
        Tenant created = identity.newTenant(tenant);
        created.setName(province.name());
        identity.saveTenant(created);
      }
    }
    Map<String, Set<String>> members = new HashMap<>();
    for (GroupDirectory.GroupDefinition group : groups) {
      tenants
          .ofGroup(group.id())
          .ifPresent(
              tenant -> {
                Set<String> existing =
                    members.computeIfAbsent(
                        tenant,
                        t ->
                            identity.createGroupQuery().memberOfTenant(t).list().stream()
                                .map(Group::getId)
                                .collect(Collectors.toSet()));
                if (!existing.contains(group.id())) {
                  identity.createTenantGroupMembership(tenant, group.id());
                }
              });
    }
  }
}
