package vn.dvc.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import vn.dvc.DvcSpringBootTest;

@DvcSpringBootTest
class ModelDeploymentTest {

  private static final String NAME = "processes/deployment-fixture.bpmn";

  @Autowired ModelDeployment deployment;
  @Autowired RepositoryService repository;

  @Test
  void deploysEveryModelUnderItsRelativeName() throws Exception {
    assertThat(deployment.models().keySet())
        .contains(
            "processes/birth-registration.bpmn",
            "decisions/birth-registration-required-documents.dmn",
            "forms/review-dossier.form");
    String deploymentId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("birth-registration")
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    assertThat(repository.getDeploymentResourceNames(deploymentId))
        .contains("processes/birth-registration.bpmn", "forms/review-dossier.form");
  }

  @Test
  void restartWithUnchangedModelsCreatesNoNewVersion() throws Exception {
    long before =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("birth-registration")
            .count();
    long decisionsBefore = repository.createDecisionDefinitionQuery().count();

    deployment.afterPropertiesSet();

    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("birth-registration")
                .count())
        .isEqualTo(before);
    assertThat(repository.createDecisionDefinitionQuery().count()).isEqualTo(decisionsBefore);
  }

  @Test
  void changedModelGetsExactlyOneNewVersion() {
    deployment.deploy(Map.of(NAME, fixture("deployment-fixture-v1.bpmn")));
    int first = latestFixtureVersion();

    deployment.deploy(Map.of(NAME, fixture("deployment-fixture-v1.bpmn")));
    assertThat(latestFixtureVersion()).isEqualTo(first);

    deployment.deploy(Map.of(NAME, fixture("deployment-fixture-v2.bpmn")));
    assertThat(latestFixtureVersion()).isEqualTo(first + 1);
  }

  @Test
  void brokenModelStopsTheStartWithAMessageNamingFileAndElement() {
    assertThatThrownBy(
            () -> deployment.deploy(Map.of(NAME, fixture("deployment-fixture-broken.bpmn"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fix it in Camunda Modeler")
        .hasMessageContaining(NAME)
        .hasMessageContaining("Flow_ToEnd");
  }

  @Test
  void refusesAChangedBuildingBlockThatKeepsItsVersionTag() throws Exception {
    String frame =
        new String(
                new ClassPathResource("processes/handle-dossier.bpmn")
                    .getInputStream()
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8)
            .replace("Giải quyết hồ sơ", "Giải quyết hồ sơ (edited)");

    assertThatThrownBy(
            () ->
                repository
                    .createDeployment()
                    .addString("processes/handle-dossier.bpmn", frame)
                    .deploy())
        .hasMessageContaining("Raise camunda:versionTag")
        .hasMessageContaining("handle-dossier with version tag \"3\" is already deployed");
    assertThat(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("handle-dossier")
                .versionTag("3")
                .count())
        .isEqualTo(1);
  }

  private int latestFixtureVersion() {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey("deployment-fixture")
        .latestVersion()
        .singleResult()
        .getVersion();
  }

  private static ClassPathResource fixture(String file) {
    return new ClassPathResource("deployment-fixtures/" + file);
  }
}
