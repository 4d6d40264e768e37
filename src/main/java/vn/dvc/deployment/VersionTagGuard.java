package vn.dvc.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.ModelParseException;

/**
 * Refuses a deployment that would give a second process definition the key and version tag of one
 * already deployed. Procedures call their building blocks (the frame {@code handle-dossier}, the
 * supplement wait…) by version tag, so that a changed block reaches new dossiers only when it is
 * released under a new tag; two definitions with the same tag would make every such call fail
 * ("more than one process definition"), and a block edited without a new tag would change running
 * procedures unseen. The engine has no such check, hence this deployer.
 */
final class VersionTagGuard implements Deployer {

  @Override
  public void deploy(DeploymentEntity deployment) {
    // Also called when the cache is refilled from a stored deployment: only new ones are checked.
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    deployment.getResources().values().stream()
        .filter(resource -> resource.getName().endsWith(".bpmn"))
        .sorted(Comparator.comparing(ResourceEntity::getName))
        .forEach(resource -> problems.addAll(check(resource)));
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(
          "Deployment refused: a building block keeps its version tag only while it is unchanged."
              + " Raise camunda:versionTag (Modeler: General → Version tag) and bind the procedures"
              + " that should use the new version to it; running dossiers keep theirs.\n  "
              + String.join("\n  ", problems));
    }
  }

  private static List<String> check(ResourceEntity resource) {
    List<String> problems = new ArrayList<>();
    CommandContext command = Context.getCommandContext();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
    } catch (ModelParseException e) {
      // Not this check's to report: the engine's parser names the broken file and element.
      return problems;
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      String tag = process.getCamundaVersionTag();
      if (tag == null || tag.isBlank()) {
        continue;
      }
      // Whoever deploys, whether they may read the existing definition or not.
      command.disableAuthorizationCheck();
      long deployed;
      try {
        ProcessDefinitionQueryImpl query = new ProcessDefinitionQueryImpl();
        query.processDefinitionKey(process.getId()).versionTag(tag);
        deployed = query.executeCount(command);
      } finally {
        command.enableAuthorizationCheck();
      }
      if (deployed > 0) {
        problems.add(
            resource.getName()
                + ": process "
                + process.getId()
                + " with version tag \""
                + tag
                + "\" is already deployed");
      }
    }
    return problems;
  }
}
