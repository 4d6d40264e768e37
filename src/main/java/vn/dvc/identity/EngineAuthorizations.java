package vn.dvc.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations, created at start-up and idempotently (a restart adds nothing, and a
 * permission an administrator removed by hand comes back, since this is the reference):
 *
 * <ul>
 *   <li>everyone signed in: Tasklist, the shared task filters, reading process definitions. Which
 *       tasks an officer sees and claims is not granted here: the engine grants a task to its
 *       candidate groups when it creates it, so an officer works only their groups' tasks;
 *   <li>supervisors: Cockpit, reading instances, their history, incidents and tasks — of their own
 *       province only, because every instance belongs to its province's tenant;
 *   <li>analysts: Cockpit, deploying and reading definitions (not deleting deployments); no task
 *       permission at all;
 *   <li>administrators ({@code camunda-admin}): everything, as the engine's admin group.
 * </ul>
 */
@Component
@Order(2)
class EngineAuthorizations implements InitializingBean {

  record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {}

  private final AuthorizationService authorizations;
  private final GroupDirectory groups;

  EngineAuthorizations(AuthorizationService authorizations, GroupDirectory groups) {
    this.authorizations = authorizations;
    this.groups = groups;
  }

  List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(null, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
    grants.add(new Grant(null, Resources.FILTER, Authorization.ANY, Permissions.READ));
    grants.add(new Grant(null, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ));
    for (GroupDirectory.GroupDefinition group : groups.all()) {
      if (Groups.supervisedProvince(group.id()).isPresent()) {
        String id = group.id();
        grants.add(new Grant(id, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
        grants.add(
            new Grant(
                id,
                Resources.PROCESS_DEFINITION,
                Authorization.ANY,
                Permissions.READ_INSTANCE,
                Permissions.READ_HISTORY));
        grants.add(new Grant(id, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ));
        grants.add(new Grant(id, Resources.TASK, Authorization.ANY, Permissions.READ));
        grants.add(
            new Grant(id, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ));
      }
    }
    String analysts = Groups.ANALYSTS;
    grants.add(new Grant(analysts, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(
        new Grant(
            analysts,
            Resources.DEPLOYMENT,
            Authorization.ANY,
            // Analysts deploy from Camunda Modeler; ModelSecurityGuard refuses any model that would
            // run code the project did not review, whoever deploys it. Not DELETE: removing a
            // deployment would take the running dossiers' models with it.
            Permissions.CREATE,
            Permissions.READ));
    grants.add(
        new Grant(analysts, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ));
    grants.add(
        new Grant(
            analysts,
            Resources.DECISION_REQUIREMENTS_DEFINITION,
            Authorization.ANY,
            Permissions.READ));
    return grants;
  }

  /** One query for the existing authorizations, whatever the number of grants. */
  @Override
  public void afterPropertiesSet() {
    Map<String, Authorization> existing = new HashMap<>();
    for (Authorization authorization : authorizations.createAuthorizationQuery().list()) {
      // Only global and group grants can be ours; user grants (a task's assignee…) are not.
      boolean global = authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL;
      boolean groupGrant =
          authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
              && authorization.getGroupId() != null;
      if (global || groupGrant) {
        existing.put(
            key(
                global ? null : authorization.getGroupId(),
                authorization.getResourceType(),
                authorization.getResourceId()),
            authorization);
      }
    }
    for (Grant grant : grants()) {
      ensure(
          grant,
          existing.get(key(grant.groupId(), grant.resource().resourceType(), grant.resourceId())));
    }
  }

  private static String key(String groupId, int resourceType, String resourceId) {
    return groupId + "|" + resourceType + "|" + resourceId;
  }

  private void ensure(Grant grant, Authorization found) {
    Authorization authorization = found;
    if (authorization == null) {
      authorization =
          authorizations.createNewAuthorization(
              grant.groupId() == null
                  ? Authorization.AUTH_TYPE_GLOBAL
                  : Authorization.AUTH_TYPE_GRANT);
      if (grant.groupId() == null) {
        authorization.setUserId(Authorization.ANY);
      } else {
        authorization.setGroupId(grant.groupId());
      }
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    }
    boolean missing = false;
    for (Permission permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
