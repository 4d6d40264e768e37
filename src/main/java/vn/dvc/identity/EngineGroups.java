package vn.dvc.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, idempotently, the groups of the {@link GroupDirectory} in Camunda's own identity
 * service, the embedded default's counterpart of the Keycloak realm's groups.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "dvc.keycloak.enabled", havingValue = "false", matchIfMissing = true)
class EngineGroups implements InitializingBean {

  private final IdentityService identity;
  private final GroupDirectory directory;

  EngineGroups(IdentityService identity, GroupDirectory directory) {
    this.identity = identity;
    this.directory = directory;
  }

  @Override
  public void afterPropertiesSet() {
    directory.all().forEach(g -> ensureGroup(g.id(), g.name()));
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
