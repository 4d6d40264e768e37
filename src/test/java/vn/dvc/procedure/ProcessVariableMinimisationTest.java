package vn.dvc.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierFixtures;

/**
 * Camunda's history keeps every variable until history cleanup, so a process may hold identifiers
 * and the facts its decisions need, never a registry record. Runs a whole dossier and fails when
 * any variable is an object (a record put in a variable is serialised as one) or JSON text.
 */
@DvcSpringBootTest
class ProcessVariableMinimisationTest {

  private static final Set<String> SIMPLE_TYPES =
      Set.of("string", "boolean", "integer", "long", "double", "short", "date", "null");

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired ApplicationContext context;

  @Test
  void birthRegistrationKeepsOnlyIdentifiersAndFactsInVariables() {
    init(engine);
    DossierFixtures dossiers = new DossierFixtures(context);
    ObjectNode data = dossiers.object();
    data.putObject("child")
        .put("fullName", "Đỗ Thị Gọn")
        .put("gender", "FEMALE")
        .put("dateOfBirth", "2026-09-10")
        .put("placeOfBirth", "Bệnh viện đa khoa");
    data.put("birthCertificateNo", "CS-2026-000040").put("otherParentPin", "040086106712");
    String dossier = dossiers.file("birth-registration", "025188054359", data);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    // The officers' tasks live in the frame handle-dossier, called under the same dossier code.
    ProcessInstance frame =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("handle-dossier")
            .processInstanceBusinessKey(dossier)
            .singleResult();
    complete(task(frame), withVariables("reviewDecision", "APPROVE"));
    complete(task(frame), withVariables("signDecision", "SIGN"));
    for (Job job = nextJob(instance); job != null; job = nextJob(instance)) {
      management.executeJob(job.getId());
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();

    assertOnlyIdentifiersAndFacts(instance);
    assertOnlyIdentifiersAndFacts(frame);
  }

  @Test
  void deathRegistrationKeepsOnlyIdentifiersAndFactsInVariables() {
    init(engine);
    DossierFixtures dossiers = new DossierFixtures(context);
    // BT-2026-000007 is the electronic death notice of 049133922501, filed by a son.
    ObjectNode data =
        dossiers
            .object()
            .put("deceasedPin", "049133922501")
            .put("dateOfDeath", "2026-10-13")
            .put("deathNoticeNo", "BT-2026-000007");
    String dossier = dossiers.file("death-registration", "049078402646", data);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    // The review and the signature are tasks of the frame handle-dossier, under the same key.
    ProcessInstance frame =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("handle-dossier")
            .processInstanceBusinessKey(dossier)
            .singleResult();
    complete(taskOfDossier(dossier), withVariables("reviewDecision", "APPROVE"));
    complete(taskOfDossier(dossier), withVariables("signDecision", "SIGN"));
    for (Job job = nextJob(instance); job != null; job = nextJob(instance)) {
      management.executeJob(job.getId());
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();

    assertOnlyIdentifiersAndFacts(instance);
    assertOnlyIdentifiersAndFacts(frame);
  }

  private Task taskOfDossier(String dossier) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceBusinessKey(dossier)
        .singleResult();
  }

  @Test
  void marriageRegistrationKeepsOnlyIdentifiersAndFactsInVariables() {
    init(engine);
    DossierFixtures dossiers = new DossierFixtures(context);
    String dossier =
        dossiers.file(
            "marriage-registration",
            "001084932023",
            dossiers.object().put("partnerPin", "001182733267"));
    ProcessInstance instance = dossiers.instanceOf(dossier);
    // The review and the signature are the frame's tasks, under the same dossier code.
    ProcessInstance frame =
        runtime
            .createProcessInstanceQuery()
            .superProcessInstanceId(instance.getId())
            .singleResult();
    complete(
        task(frame),
        withVariables(
            "reviewDecision",
            "APPROVE",
            "applicantPresent",
            true,
            "applicantSigned",
            true,
            "partnerPresent",
            true,
            "partnerSigned",
            true));
    complete(task(frame), withVariables("signDecision", "SIGN"));
    for (Job job = nextJob(instance); job != null; job = nextJob(instance)) {
      management.executeJob(job.getId());
    }
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .isZero();

    assertOnlyIdentifiersAndFacts(instance);
    assertOnlyIdentifiersAndFacts(frame);
  }

  private static final String FORM_OPTIONS = "requestableDocuments";

  private void assertOnlyIdentifiersAndFacts(ProcessInstance instance) {
    List<HistoricVariableInstance> variables =
        history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list();
    assertThat(variables).hasSizeGreaterThan(10);
    for (HistoricVariableInstance variable : variables) {
      if (FORM_OPTIONS.equals(variable.getName())) {
        // The review form's options (document type codes), task-local: no record, no person.
        assertThat(variable.getValue().toString()).doesNotContain("\"pin\"");
        continue;
      }
      assertThat(variable.getTypeName())
          .as("type of variable %s", variable.getName())
          .isIn(SIMPLE_TYPES);
      // A record written out as JSON text would slip past the type check.
      if (variable.getValue() instanceof String text) {
        assertThat(text.strip())
            .as("variable %s", variable.getName())
            .doesNotStartWith("{")
            .doesNotStartWith("[")
            .doesNotContain("\"pin\"");
      }
    }
  }

  private Job nextJob(ProcessInstance instance) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .messages()
        .singleResult();
  }
}
