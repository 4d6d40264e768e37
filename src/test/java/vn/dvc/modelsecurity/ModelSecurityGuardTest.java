package vn.dvc.modelsecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The deploy-time guard on small models, one per way a model could run code the project did not
 * review, with the allow-lists of {@code application.yaml}; and the repository's models, which must
 * all pass and together use every entry of those lists.
 */
class ModelSecurityGuardTest {

  private static final String ATTACK =
      "execution.getProcessEngineServices().getIdentityService()"
          + ".createMembership('analyst','camunda-admin')";

  /** Bean names as the application context has them: engine services and reviewed beans. */
  private static final Map<String, String> BEANS =
      Map.of(
          "identityService", "org.camunda.bpm.engine.impl.IdentityServiceImpl",
          "processEngine", "org.camunda.bpm.engine.impl.ProcessEngineImpl",
          "dataSource", "com.zaxxer.hikari.HikariDataSource",
          "dossierClock", "vn.dvc.sla.DossierClock",
          "lookUpCitizen", "vn.dvc.population.LookUpCitizenDelegate");

  private static final ModelSecurityProperties DEFAULTS = defaults();

  private final ModelSecurityGuard guard = guard(DEFAULTS);

  static Stream<Arguments> attacks() {
    return Stream.of(
        bpmn(
            "script task in JavaScript",
            """
            <bpmn:scriptTask id="Task_Script" scriptFormat="javascript">
              <bpmn:script>java.lang.Runtime.getRuntime().exec("id")</bpmn:script>
            </bpmn:scriptTask>""",
            "Task_Script",
            "script task"),
        bpmn(
            "script task in Groovy",
            """
            <bpmn:scriptTask id="Task_Groovy" scriptFormat="groovy">
              <bpmn:script>"id".execute()</bpmn:script>
            </bpmn:scriptTask>""",
            "Task_Groovy",
            "script task"),
        bpmn(
            "camunda:class of the JDK",
            "<bpmn:serviceTask id=\"Task_Runtime\" camunda:class=\"java.lang.Runtime\" />",
            "Task_Runtime",
            "java.lang.Runtime"),
        bpmn(
            "camunda:class of another package",
            "<bpmn:serviceTask id=\"Task_Other\" camunda:class=\"vn.dvcevil.Delegate\" />",
            "Task_Other",
            "vn.dvcevil.Delegate"),
        bpmn(
            "class in the activiti namespace the engine still reads",
            "<bpmn:serviceTask id=\"Task_Activiti\" activiti:class=\"org.example.Evil\" />",
            "Task_Activiti",
            "org.example.Evil"),
        bpmn(
            "execution listener with an expression",
            """
            <bpmn:startEvent id="StartEvent_Listened">
              <bpmn:extensionElements>
                <camunda:executionListener event="start" expression="${%s}" />
              </bpmn:extensionElements>
            </bpmn:startEvent>"""
                .formatted(ATTACK),
            "StartEvent_Listened",
            "getProcessEngineServices"),
        bpmn(
            "execution listener with a foreign class",
            """
            <bpmn:endEvent id="EndEvent_Listened">
              <bpmn:extensionElements>
                <camunda:executionListener event="end" class="org.example.Listener" />
              </bpmn:extensionElements>
            </bpmn:endEvent>""",
            "EndEvent_Listened",
            "org.example.Listener"),
        bpmn(
            "task listener with a script",
            """
            <bpmn:userTask id="Task_Listened">
              <bpmn:extensionElements>
                <camunda:taskListener event="create">
                  <camunda:script scriptFormat="groovy">task.execution.processEngineServices</camunda:script>
                </camunda:taskListener>
              </bpmn:extensionElements>
            </bpmn:userTask>""",
            "Task_Listened",
            "script"),
        bpmn(
            "task listener reaching the engine through task",
            """
            <bpmn:userTask id="Task_TaskServices">
              <bpmn:extensionElements>
                <camunda:taskListener event="create" expression="${task.getProcessEngineServices().getRuntimeService()}" />
              </bpmn:extensionElements>
            </bpmn:userTask>""",
            "Task_TaskServices",
            "task.getProcessEngineServices"),
        bpmn(
            "input mapping with a script",
            """
            <bpmn:serviceTask id="Task_Mapped" camunda:delegateExpression="${lookUpCitizen}">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="pin">
                    <camunda:script scriptFormat="javascript">java.lang.System.exit(1)</camunda:script>
                  </camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:serviceTask>""",
            "Task_Mapped",
            "script"),
        bpmn(
            "input mapping with an expression reaching the engine",
            """
            <bpmn:serviceTask id="Task_MappedExpression" camunda:delegateExpression="${lookUpCitizen}">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="pin">${%s}</camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:serviceTask>"""
                .formatted(ATTACK),
            "Task_MappedExpression",
            "createMembership"),
        bpmn(
            "condition in a script language",
            """
            <bpmn:sequenceFlow id="Flow_Scripted" sourceRef="StartEvent_1" targetRef="EndEvent_1">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">java.lang.Runtime.getRuntime().exec("id") != null</bpmn:conditionExpression>
            </bpmn:sequenceFlow>""",
            "Flow_Scripted",
            "javascript"),
        bpmn(
            "condition calling an engine service",
            """
            <bpmn:sequenceFlow id="Flow_Malicious" sourceRef="StartEvent_1" targetRef="EndEvent_1">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${identityService.createMembership('analyst','camunda-admin') == null}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>""",
            "Flow_Malicious",
            "identityService"),
        bpmn(
            "condition split by a comment, as the engine joins it",
            """
            <bpmn:sequenceFlow id="Flow_Split" sourceRef="StartEvent_1" targetRef="EndEvent_1">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">$<!-- harmless -->{identityService.createMembership('analyst','camunda-admin') == null}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>""",
            "Flow_Split",
            "identityService"),
        bpmn(
            "delegate expression that calls a method",
            "<bpmn:serviceTask id=\"Task_Delegate\" camunda:delegateExpression=\"${identityService.createMembership('analyst','camunda-admin')}\" />",
            "Task_Delegate",
            "not just ${beanName}"),
        bpmn(
            "delegate expression naming an engine service",
            "<bpmn:serviceTask id=\"Task_EngineBean\" camunda:delegateExpression=\"${processEngine}\" />",
            "Task_EngineBean",
            "processEngine"),
        bpmn(
            "bracket access to an execution property",
            "<bpmn:serviceTask id=\"Task_Bracket\" camunda:expression=\"${execution['processEngineServices'].identityService}\" />",
            "Task_Bracket",
            "bracket"),
        bpmn(
            "property chain to the engine",
            "<bpmn:serviceTask id=\"Task_Chain\" camunda:expression=\"${execution.processEngineServices.identityService}\" />",
            "Task_Chain",
            "execution.processEngineServices"),
        bpmn(
            "the process engine from the execution",
            "<bpmn:serviceTask id=\"Task_Engine\" camunda:expression=\"${execution.getProcessEngine().getIdentityService()}\" />",
            "Task_Engine",
            "execution.getProcessEngine"),
        bpmn(
            "reflection from a string",
            "<bpmn:serviceTask id=\"Task_Reflection\" camunda:expression=\"${''.getClass().forName('java.lang.Runtime')}\" />",
            "Task_Reflection",
            "getClass"),
        bpmn(
            "a function, SpEL-style",
            "<bpmn:serviceTask id=\"Task_Function\" camunda:expression=\"${T(java.lang.Runtime).getRuntime().exec('id')}\" />",
            "Task_Function",
            "function T"),
        bpmn(
            "a property of the data source",
            "<bpmn:serviceTask id=\"Task_DataSource\" camunda:expression=\"${dataSource.connection}\" />",
            "Task_DataSource",
            "dataSource"),
        bpmn(
            "a user task named by an engine call",
            "<bpmn:userTask id=\"Task_Named\" name=\"${identityService.createMembership('analyst','camunda-admin')}\" />",
            "Task_Named",
            "identityService.createMembership"),
        bpmn(
            "a shell service task",
            "<bpmn:serviceTask id=\"Task_Shell\" camunda:type=\"shell\" />",
            "Task_Shell",
            "shell"),
        bpmn(
            "a connector",
            """
            <bpmn:serviceTask id="Task_Connector">
              <bpmn:extensionElements>
                <camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>
              </bpmn:extensionElements>
            </bpmn:serviceTask>""",
            "Task_Connector",
            "connector"),
        bpmn(
            "an embedded HTML form, whose scripts run in the officer's browser",
            "<bpmn:userTask id=\"Task_Html\" camunda:formKey=\"embedded:https://example.org/form.html\" />",
            "Task_Html",
            "embedded:https://example.org/form.html"),
        bpmn(
            "a variable mapping class",
            "<bpmn:callActivity id=\"Task_Call\" calledElement=\"x\" camunda:variableMappingClass=\"org.example.Mapping\" />",
            "Task_Call",
            "org.example.Mapping"),
        Arguments.of(
            "a DTD whose entity would hide an expression",
            "evil.bpmn",
            """
            <?xml version="1.0"?>
            <!DOCTYPE d [<!ENTITY e "${identityService.x()}">]>
            <d>&e;</d>""",
            "evil.bpmn",
            "DTD"),
        dmn(
            "DMN in JUEL calling a method",
            """
            <input id="Input_1"><inputExpression id="InputExpression_Juel" typeRef="string" expressionLanguage="juel"><text>${%s}</text></inputExpression></input>
            <output id="Output_1" name="x" typeRef="string" />
            <rule id="Rule_1"><inputEntry id="InputEntry_1"><text>-</text></inputEntry><outputEntry id="OutputEntry_1"><text>"a"</text></outputEntry></rule>"""
                .formatted(ATTACK),
            "InputExpression_Juel",
            "createMembership"),
        dmn(
            "DMN in JavaScript",
            """
            <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string"><text>x</text></inputExpression></input>
            <output id="Output_1" name="x" typeRef="string" />
            <rule id="Rule_1"><inputEntry id="InputEntry_Script" expressionLanguage="javascript"><text>java.lang.System.exit(1)</text></inputEntry><outputEntry id="OutputEntry_1"><text>"a"</text></outputEntry></rule>""",
            "InputEntry_Script",
            "javascript"),
        dmn(
            "DMN with an external Java function in FEEL",
            """
            <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string"><text>x</text></inputExpression></input>
            <output id="Output_1" name="x" typeRef="string" />
            <rule id="Rule_1"><inputEntry id="InputEntry_1"><text>-</text></inputEntry><outputEntry id="OutputEntry_External"><text>(function(code) external {java: {class: "java.lang.System", method signature: "exit(int)"}})(1)</text></outputEntry></rule>""",
            "OutputEntry_External",
            "external"),
        Arguments.of(
            "a CMMN case",
            "case.cmmn",
            "<definitions/>",
            "case.cmmn",
            "only .bpmn, .dmn and .form"),
        Arguments.of(
            "a Groovy script resource",
            "exec.groovy",
            "\"id\".execute()",
            "exec.groovy",
            "only .bpmn, .dmn and .form"),
        Arguments.of(
            "an embedded HTML form",
            "form.html",
            "<script>fetch('/engine-rest/identity')</script>",
            "form.html",
            "only .bpmn, .dmn and .form"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void refusesAModelThatCouldRunUnreviewedCode(
      String attack, String resource, String content, String element, String offending) {
    List<String> problems = guard.check(resource, content.getBytes(StandardCharsets.UTF_8));

    assertThat(problems)
        .as(attack)
        .anySatisfy(
            problem ->
                assertThat(problem).startsWith(resource).contains(element).contains(offending));
  }

  @Test
  void refusesTheWholeDeploymentWithEveryProblemListed() {
    DeploymentEntity deployment = new DeploymentEntity();
    deployment.setName("two-problems");
    deployment.setNew(true);
    deployment.addResource(resource("ok.form", "{}"));
    deployment.addResource(
        resource(
            "a.bpmn",
            process(
                "<bpmn:serviceTask id=\"Task_A\" camunda:class=\"java.lang.Runtime\" />"
                    + "<bpmn:scriptTask id=\"Task_B\" scriptFormat=\"groovy\" />")));

    assertThatThrownBy(() -> guard.deploy(deployment))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("Deployment refused")
        .hasMessageContaining("a.bpmn, element Task_A")
        .hasMessageContaining("a.bpmn, element Task_B");
  }

  @Test
  void leavesStoredDeploymentsAloneWhenTheCacheIsRefilled() {
    DeploymentEntity stored = new DeploymentEntity();
    stored.setNew(false);
    stored.addResource(resource("old.bpmn", process("<bpmn:scriptTask id=\"Task_Old\" />")));

    guard.deploy(stored); // no exception
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<bpmn:serviceTask id=\"Task_Reviewed\" camunda:class=\"vn.dvc.sla.SomeDelegate\" />",
        "<bpmn:serviceTask id=\"Task_Bean\" camunda:delegateExpression=\"${lookUpCitizen}\" />",
        "<bpmn:userTask id=\"Task_Group\" camunda:candidateGroups=\"${'commune-'.concat(communeCode).concat('-chair')}\" camunda:dueDate=\"${dossierClock.handlingDueDate(execution)}\" />",
        "<bpmn:callActivity id=\"Task_Call\" calledElement=\"x\"><bpmn:extensionElements><camunda:in businessKey=\"#{execution.processBusinessKey}\" /></bpmn:extensionElements></bpmn:callActivity>",
        "<bpmn:serviceTask id=\"Task_External\" camunda:type=\"external\" camunda:topic=\"t\" />",
        "<bpmn:serviceTask id=\"Task_Documented\" camunda:delegateExpression=\"${lookUpCitizen}\"><bpmn:documentation>Not ${processEngine.x()}: prose.</bpmn:documentation></bpmn:serviceTask>",
        "<bpmn:serviceTask id=\"Task_Value\" camunda:expression=\"${funeralAllowanceFinding.reason.concat(' ').concat(child.fullName)}\" />",
        "<bpmn:serviceTask id=\"Task_Escaped\" camunda:expression=\"\\${not evaluated}\" />"
      })
  void acceptsWhatTheProjectsModelsDo(String element) {
    assertThat(guard.check("ok.bpmn", process(element).getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void acceptsFeelThatMentionsExternalOnlyInAString() {
    String decision =
        decisionTable(
            """
            <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string"><text>source</text></inputExpression></input>
            <output id="Output_1" name="x" typeRef="string" />
            <rule id="Rule_1"><inputEntry id="InputEntry_1"><text>"external registry"</text></inputEntry><outputEntry id="OutputEntry_1"><text>"from an external registry"</text></outputEntry></rule>""");

    assertThat(guard.check("ok.dmn", decision.getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void acceptsEveryModelOfTheRepository() throws IOException {
    assertThat(repositoryModels()).hasSizeGreaterThan(20);
    for (Path model : repositoryModels()) {
      assertThat(guard.check(model.toString(), Files.readAllBytes(model)))
          .as("%s", model)
          .isEmpty();
    }
  }

  /** Each entry of the default lists is used by a model: the lists are no wider than needed. */
  @Test
  void everyAllowedCallAndPropertyIsOneTheModelsUse() throws IOException {
    List<String> unused = new ArrayList<>();
    for (String call : DEFAULTS.allowedMethodCalls()) {
      Set<String> without = new HashSet<>(DEFAULTS.allowedMethodCalls());
      without.remove(call);
      ModelSecurityProperties narrower =
          new ModelSecurityProperties(
              DEFAULTS.allowedClassPrefixes(), without, DEFAULTS.allowedExecutionProperties());
      if (!refusesSomeRepositoryModel(guard(narrower))) {
        unused.add(call);
      }
    }
    for (String property : DEFAULTS.allowedExecutionProperties()) {
      Set<String> without = new HashSet<>(DEFAULTS.allowedExecutionProperties());
      without.remove(property);
      ModelSecurityProperties narrower =
          new ModelSecurityProperties(
              DEFAULTS.allowedClassPrefixes(), DEFAULTS.allowedMethodCalls(), without);
      if (!refusesSomeRepositoryModel(guard(narrower))) {
        unused.add(property);
      }
    }
    assertThat(unused).as("allow-list entries no model uses").isEmpty();
  }

  private static boolean refusesSomeRepositoryModel(ModelSecurityGuard narrower)
      throws IOException {
    for (Path model : repositoryModels()) {
      if (!narrower.check(model.toString(), Files.readAllBytes(model)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> repositoryModels() throws IOException {
    List<Path> models = new ArrayList<>();
    for (String folder : List.of("processes", "decisions", "forms")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        files.sorted().forEach(models::add);
      }
    }
    return models;
  }

  private static ModelSecurityGuard guard(ModelSecurityProperties properties) {
    return new ModelSecurityGuard(
        new ExpressionPolicy(properties, name -> Optional.ofNullable(BEANS.get(name))),
        element -> null);
  }

  private static ModelSecurityProperties defaults() {
    try {
      return new Binder(
              ConfigurationPropertySources.from(
                  new YamlPropertySourceLoader()
                      .load("application", new ClassPathResource("application.yaml"))
                      .get(0)))
          .bind("dvc.models.security", ModelSecurityProperties.class)
          .get();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ResourceEntity resource(String name, String content) {
    ResourceEntity resource = new ResourceEntity();
    resource.setName(name);
    resource.setBytes(content.getBytes(StandardCharsets.UTF_8));
    return resource;
  }

  private static Arguments bpmn(String attack, String elements, String element, String text) {
    return Arguments.of(attack, "attack.bpmn", process(elements), element, text);
  }

  private static Arguments dmn(String attack, String table, String element, String text) {
    return Arguments.of(attack, "attack.dmn", decisionTable(table), element, text);
  }

  static String process(String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:activiti="http://activiti.org/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Test" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="guard-test" isExecutable="true" camunda:historyTimeToLive="1">
            %s
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(elements);
  }

  static String decisionTable(String table) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn"
            id="Definitions_Test" name="Test" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="guard-test" name="Test" camunda:historyTimeToLive="1">
            <decisionTable id="DecisionTable_Test">
              %s
            </decisionTable>
          </decision>
        </definitions>
        """
        .formatted(table);
  }
}
