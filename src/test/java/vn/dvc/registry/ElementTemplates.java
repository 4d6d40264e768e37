package vn.dvc.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder;

/**
 * Runs an element template the way an analyst uses it: a one-task process whose service task has
 * exactly the template's bindings (with its default values, or the given ones), deployed and
 * executed through the engine's job API. Answers the process variables afterwards.
 */
public final class ElementTemplates {

  public static final Path FOLDER = Path.of(".camunda/element-templates");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ElementTemplates() {}

  public static List<Path> all() {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode read(Path template) {
    try {
      return JSON.readTree(template.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template file whose {@code id} is given. */
  public static Path byId(String id) {
    return all().stream()
        .filter(f -> id.equals(read(f).path("id").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No element template with id " + id));
  }

  /**
   * Runs the template with id {@code templateId} for dossier {@code dossierId}; {@code inputs}
   * replaces the expressions of the named input parameters, {@code variables} start the process.
   */
  public static Map<String, Object> run(
      ProcessEngine engine,
      String templateId,
      String dossierId,
      Map<String, String> inputs,
      Map<String, Object> variables) {
    JsonNode template = read(byId(templateId));
    String key = "Template_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    ServiceTaskBuilder task =
        Bpmn.createExecutableProcess(key)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_RunTemplate");
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      String value = property.path("value").asText(null);
      switch (binding.path("type").asText()) {
        case "property" -> {
          String name = binding.path("name").asText();
          if (name.equals("camunda:delegateExpression")) {
            task.camundaDelegateExpression(value);
          } else if (name.equals("camunda:asyncBefore") && Boolean.parseBoolean(value)) {
            task.camundaAsyncBefore();
          } else {
            throw new AssertionError("Unexpected property binding " + name);
          }
        }
        case "camunda:inputParameter" -> {
          String name = binding.path("name").asText();
          task.camundaInputParameter(name, inputs.getOrDefault(name, value));
        }
        case "camunda:outputParameter" ->
            task.camundaOutputParameter(value, binding.path("source").asText());
        default -> throw new AssertionError("Unexpected binding " + binding);
      }
    }
    BpmnModelInstance model = task.endEvent().done();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(key + ".bpmn", model)
        .name("element-template-test")
        .deploy();
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(key, dossierId, new HashMap<>(variables));
    for (Job job = nextJob(engine, instance); job != null; job = nextJob(engine, instance)) {
      engine.getManagementService().executeJob(job.getId());
    }
    Map<String, Object> result = new HashMap<>();
    for (HistoricVariableInstance v :
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId())
            .list()) {
      if (v.getActivityInstanceId().equals(instance.getId())) {
        result.put(v.getName(), v.getValue());
      }
    }
    return result;
  }

  private static Job nextJob(ProcessEngine engine, ProcessInstance instance) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }
}
