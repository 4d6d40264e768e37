package vn.dvc.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Replaces the starter's auto-deployment, which names resources by absolute file path (a new
 * version on every machine) and skips {@code .form} files. Here a resource is named by its path
 * under the classpath root ({@code processes/birth-registration.bpmn}), and duplicate filtering
 * with changed-only deployment makes an unchanged restart create no version and a changed file
 * exactly one. Runs before the job executor starts, so no job runs against stale models.
 */
@Component
class ModelDeployment implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repository;
  private final ModelDeploymentProperties properties;
  private final PathMatchingResourcePatternResolver resolver =
      new PathMatchingResourcePatternResolver();

  ModelDeployment(RepositoryService repository, ModelDeploymentProperties properties) {
    this.repository = repository;
    this.properties = properties;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    Map<String, Resource> models = models();
    if (models.isEmpty()) {
      throw new IllegalStateException("No models found in " + properties.folders());
    }
    deploy(models);
  }

  /** Deploys the models (resource name → content); returns the deployment that holds them. */
  DeploymentWithDefinitions deploy(Map<String, Resource> models) {
    DeploymentBuilder deployment =
        repository
            .createDeployment()
            .name(properties.name())
            .source("dvc-workflow")
            .enableDuplicateFiltering(true);
    models.forEach((name, resource) -> deployment.addInputStream(name, read(resource)));
    try {
      DeploymentWithDefinitions deployed = deployment.deployWithResult();
      log.info(
          "Models checked: {} files; new versions: {} processes, {} decisions (deployment {})",
          models.size(),
          count(deployed.getDeployedProcessDefinitions()),
          count(deployed.getDeployedDecisionDefinitions()),
          deployed.getId());
      return deployed;
    } catch (ParseException e) {
      throw new IllegalStateException(describe(e), e);
    } catch (ProcessEngineException e) {
      // DMN and form problems are not ParseExceptions; their message names the resource.
      throw new IllegalStateException(
          "A model cannot be deployed; fix it in Camunda Modeler and restart:\n  " + e.getMessage(),
          e);
    }
  }

  /** Resource name → resource, for every model file of the configured folders. */
  Map<String, Resource> models() throws IOException {
    Map<String, Resource> models = new TreeMap<>();
    for (String folder : properties.folders()) {
      for (Resource resource : resolver.getResources("classpath*:" + folder + "/*")) {
        String file = resource.getFilename();
        if (file != null
            && (file.endsWith(".bpmn") || file.endsWith(".dmn") || file.endsWith(".form"))) {
          models.put(folder + "/" + file, resource);
        }
      }
    }
    return models;
  }

  /** The engine answers null, not an empty list, when nothing changed. */
  private static int count(java.util.List<?> definitions) {
    return definitions == null ? 0 : definitions.size();
  }

  private static InputStream read(Resource resource) {
    try {
      return resource.getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read model " + resource, e);
    }
  }

  /** One line per problem: file, line and column, element, message — what an analyst can act on. */
  static String describe(ParseException e) {
    String problems =
        e.getResorceReports().stream()
            .filter(report -> !report.getErrors().isEmpty())
            .flatMap(
                (ResourceReport report) ->
                    report.getErrors().stream()
                        .map((Problem p) -> line(report.getResourceName(), p)))
            .collect(Collectors.joining("\n"));
    return "A model cannot be deployed; fix it in Camunda Modeler and restart:\n"
        + (problems.isEmpty() ? e.getMessage() : problems);
  }

  private static String line(String resource, Problem p) {
    StringBuilder text = new StringBuilder("  ").append(resource);
    if (p.getLine() > 0) {
      text.append(" line ").append(p.getLine()).append(", column ").append(p.getColumn());
    }
    if (p.getMainElementId() != null) {
      text.append(" (element ").append(p.getMainElementId()).append(")");
    }
    return text.append(": ").append(p.getMessage()).toString();
  }
}
