package vn.dvc.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.dvc.RegistriesOverHttp;
import vn.dvc.dossier.DossierFixtures;
import vn.dvc.sandbox.SandboxServerFaults;

/**
 * Birth registration whose civil-status record is written and whose population write-back then
 * fails for good: the officers get a task naming both, which closes when the incident is retried.
 */
@RegistriesOverHttp
class WriteBackIncidentTasksTest {

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired SandboxServerFaults faults;
  @Autowired ApplicationContext context;

  DossierFixtures dossiers;

  @BeforeEach
  void setUp() {
    init(engine);
    dossiers = new DossierFixtures(context);
  }

  @AfterEach
  void registriesBackToNormal() {
    faults.reset();
  }

  @Test
  void aWriteBackFailingAfterAnotherRegistryWasWrittenBecomesATaskForTheDossiersOfficers() {
    ObjectNode data = dossiers.object();
    data.putObject("child")
        .put("fullName", "Nguyễn Thu Hà")
        .put("gender", "FEMALE")
        .put("dateOfBirth", "2026-09-12")
        .put("placeOfBirth", "Bệnh viện Sản Nhi");
    data.put("birthCertificateNo", "CS-2026-000034");
    data.put("otherParentPin", "001094116580");
    String dossier = dossiers.file("birth-registration", "004194288383", data);
    ProcessInstance instance = dossiers.instanceOf(dossier);
    // The officer's tasks live in the frame handle-dossier the procedure calls under the dossier
    // code; the write-back jobs stay in the procedure's own instance.
    ProcessInstance frame = frameOf(dossier);
    Task review = task("Task_ReviewDossier", frame);
    List<String> officers =
        tasks.getIdentityLinksForTask(review.getId()).stream()
            .map(IdentityLink::getGroupId)
            .filter(group -> group != null)
            .toList();
    complete(review, withVariables("reviewDecision", "APPROVE"));
    complete(task("Task_SignDossier", frame), withVariables("signDecision", "SIGN"));

    management.executeJob(jobOf(instance).getId()); // the civil-status birth record is written
    faults.simulate(Duration.ZERO, 1.0); // population is down for good
    for (Job job = jobOf(instance); job.getRetries() > 0; job = jobOf(instance)) {
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // a failed attempt, as the job executor would see it
      }
    }

    Task told =
        tasks.createTaskQuery().taskVariableValueEquals("dossierId", dossier).singleResult();
    assertThat(told).as("the officers' task").isNotNull();
    assertThat(told.getName()).startsWith("Registry write-back failed");
    assertThat(told.getDescription())
        .contains(dossier)
        .contains("civil-status registerBirth")
        .contains("503");
    assertThat(tasks.getIdentityLinksForTask(told.getId()))
        .extracting(IdentityLink::getGroupId)
        .containsAnyElementsOf(officers);

    // Population is back; an administrator retries the incident once.
    faults.reset();
    management.setJobRetries(jobOf(instance).getId(), 1);

    assertThat(tasks.createTaskQuery().taskVariableValueEquals("dossierId", dossier).count())
        .as("the task closes with the incident")
        .isZero();
    for (Job job = jobOf(instance); job != null; job = jobOf(instance)) {
      management.executeJob(job.getId());
    }
    assertThat(dossiers.view(dossier).path("status").asText()).isEqualTo("COMPLETED");
  }

  private ProcessInstance frameOf(String dossier) {
    ProcessInstance frame =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("handle-dossier")
            .processInstanceBusinessKey(dossier)
            .singleResult();
    assertThat(frame).as("handle-dossier of dossier %s", dossier).isNotNull();
    return frame;
  }

  private Job jobOf(ProcessInstance instance) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .messages()
        .singleResult();
  }
}
