package vn.dvc.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dvc.DvcSpringBootTest;

/**
 * Every element template in {@code .camunda/element-templates/} (where Camunda Modeler finds them)
 * is well formed, calls a delegate that exists, and is applied faithfully wherever a diagram says
 * it uses it.
 */
@DvcSpringBootTest
class ElementTemplatesTest {

  @Autowired ApplicationContext context;

  @Test
  void everyTemplateIsWellFormedAndCallsAnExistingDelegate() {
    List<Path> templates = ElementTemplates.all();
    assertThat(templates).hasSizeGreaterThanOrEqualTo(20);
    Set<String> ids = new HashSet<>();
    for (Path file : templates) {
      JsonNode template = ElementTemplates.read(file);
      String where = file.getFileName().toString();
      assertThat(template.path("$schema").asText()).as(where).contains("element-templates");
      assertThat(template.path("name").asText()).as(where).contains(": ");
      assertThat(template.path("version").asInt()).as(where).isPositive();
      assertThat(ids.add(template.path("id").asText())).as(where + " has a unique id").isTrue();
      assertThat(template.path("id").asText()).as(where).startsWith("vn.dvc.");
      assertThat(template.path("appliesTo").toString()).as(where).contains("bpmn:ServiceTask");

      Map<String, String> properties = new HashMap<>();
      for (JsonNode property : template.path("properties")) {
        JsonNode binding = property.path("binding");
        String type = binding.path("type").asText();
        switch (type) {
          case "property" ->
              properties.put(binding.path("name").asText(), property.path("value").asText());
          case "camunda:inputParameter" ->
              assertThat(binding.path("name").asText()).as(where + " input name").isNotBlank();
          case "camunda:outputParameter" -> {
            assertThat(binding.path("source").asText()).as(where).matches("\\$\\{\\w+}");
            assertThat(property.path("value").asText())
                .as(where + " output variable")
                .matches("\\w+");
          }
          default -> throw new AssertionError(where + ": unexpected binding type " + type);
        }
      }
      assertThat(properties).as(where).containsKey("camunda:asyncBefore");
      String expression = properties.get("camunda:delegateExpression");
      assertThat(expression).as(where).matches("\\$\\{\\w+}");
      String bean = expression.substring(2, expression.length() - 1);
      assertThat(context.containsBean(bean)).as(where + " calls bean " + bean).isTrue();
      assertThat(context.getBean(bean)).as(where).isInstanceOf(JavaDelegate.class);
      assertThat(template.path("id").asText()).as(where).endsWith("." + bean);
    }
  }

  @Test
  void diagramsUsingATemplateCallItsDelegate() throws IOException {
    Map<String, String> delegateOfTemplate = new HashMap<>();
    for (Path file : ElementTemplates.all()) {
      JsonNode template = ElementTemplates.read(file);
      for (JsonNode property : template.path("properties")) {
        if ("camunda:delegateExpression".equals(property.path("binding").path("name").asText())) {
          delegateOfTemplate.put(template.path("id").asText(), property.path("value").asText());
        }
      }
    }
    int applied = 0;
    try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
      for (Path diagram : diagrams.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        for (ServiceTask task :
            Bpmn.readModelFromFile(diagram.toFile()).getModelElementsByType(ServiceTask.class)) {
          String template =
              task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate");
          if (template != null) {
            applied++;
            assertThat(delegateOfTemplate).as(diagram + " " + task.getId()).containsKey(template);
            assertThat(task.getCamundaDelegateExpression())
                .as(diagram + " " + task.getId())
                .isEqualTo(delegateOfTemplate.get(template));
          }
        }
      }
    }
    assertThat(applied).as("tasks built from templates").isPositive();
  }
}
