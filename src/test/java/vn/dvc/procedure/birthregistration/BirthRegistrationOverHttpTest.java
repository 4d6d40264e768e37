package vn.dvc.procedure.birthregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.RegistriesOverHttp;
import vn.dvc.dossier.DossierFixtures;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxServerFaults;

/**
 * Birth registration with every registry port on its HTTP client against the sandbox server, and a
 * civil-status outage in the middle of the write-backs.
 */
@RegistriesOverHttp
class BirthRegistrationOverHttpTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;
  @Autowired SandboxServerFaults faults;
  @Autowired RegistryHttpClients clients;

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
  void registersABirthWithEveryRegistryReachedOverHttp() {
    String dossier = fileBirth("019198395960", "040097502138", "2026-09-09", "CS-2026-000038");
    ProcessInstance instance = instanceOf(dossier);
    assertThat(dossiers.view(dossier).path("requiredDocuments")).isEmpty();
    complete(task(frameOf(dossier)), withVariables("reviewDecision", "APPROVE"));
    complete(task(frameOf(dossier)), withVariables("signDecision", "SIGN"));
    runJobs(instance);

    assertThat(instance).isEnded().hasPassed("EndEvent_BirthRegistered");
    assertThat(birthRecordsOf("019198395960")).isEqualTo(1);
    assertThat(clients.circuits()).containsKeys("population", "civil-status", "health-facilities");
  }

  @Test
  void completesWithOneBirthRecordAfterACivilStatusOutageBecameAnIncident() {
    String dossier = fileBirth("020196891082", "015097826275", "2026-09-13", "CS-2026-000039");
    ProcessInstance instance = instanceOf(dossier);
    complete(task(frameOf(dossier)), withVariables("reviewDecision", "APPROVE"));
    complete(task(frameOf(dossier)), withVariables("signDecision", "SIGN"));

    faults.simulate(Duration.ZERO, 1.0);
    Job write = jobOf(instance);
    for (int attempt = 0; attempt < 10 && write.getRetries() > 0; attempt++) {
      try {
        management.executeJob(write.getId());
      } catch (RuntimeException expected) {
        // The engine records the failure and lowers the retries, as the job executor would.
      }
      write = jobOf(instance);
    }
    List<Incident> incidents =
        runtime.createIncidentQuery().processInstanceId(instance.getId()).list();
    assertThat(incidents)
        .singleElement()
        .satisfies(
            incident -> {
              assertThat(incident.getActivityId()).isEqualTo("Task_CreateBirthRecord");
              assertThat(incident.getIncidentMessage())
                  .contains("civil-status registry")
                  .contains("503");
            });
    assertThat(birthRecordsOf("020196891082")).isZero();

    // The registry is back; an operator retries the job from Cockpit.
    faults.reset();
    management.setJobRetries(write.getId(), 1);
    runJobs(instance);

    assertThat(instance).isEnded().hasPassed("EndEvent_BirthRegistered");
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(birthRecordsOf("020196891082")).isEqualTo(1);

    List<Map<String, Object>> accesses =
        jdbc.queryForList(
            "select registry, operation, outcome from registry_access_log where dossier_id = ?",
            dossier);
    assertThat(accesses)
        .extracting(a -> a.get("REGISTRY") + "." + a.get("OPERATION") + " " + a.get("OUTCOME"))
        .contains(
            "population.findCitizen FOUND",
            "civil-status.marriagesOf FOUND",
            "health-facilities.findBirthCertificate FOUND",
            "civil-status.registerBirth FAILED",
            "civil-status.registerBirth WRITTEN",
            "population.registerNewborn WRITTEN");
    assertThat(accesses)
        .filteredOn(a -> "registerBirth".equals(a.get("OPERATION")))
        .filteredOn(a -> "WRITTEN".equals(a.get("OUTCOME")))
        .hasSize(1);
  }

  private void runJobs(ProcessInstance instance) {
    for (Job job = jobOf(instance); job != null; job = jobOf(instance)) {
      management.executeJob(job.getId());
    }
  }

  private Job jobOf(ProcessInstance instance) {
    return management
        .createJobQuery()
        .processInstanceId(instance.getId())
        .messages()
        .singleResult();
  }

  private int birthRecordsOf(String motherPin) {
    return jdbc.queryForObject(
        "select count(*) from sandbox_civil_status_birth where mother_pin = ?"
            + " and registered_on >= current_date - 1",
        Integer.class,
        motherPin);
  }

  private ProcessInstance instanceOf(String dossier) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(dossier)
        .rootProcessInstances()
        .singleResult();
  }

  /** The frame {@code handle-dossier} the procedure called, which holds the officers' tasks. */
  private ProcessInstance frameOf(String dossier) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("handle-dossier")
        .processInstanceBusinessKey(dossier)
        .singleResult();
  }

  private String fileBirth(
      String applicantPin, String otherParentPin, String dateOfBirth, String certificateNo) {
    ObjectNode data = dossiers.object();
    data.putObject("child")
        .put("fullName", "Phạm Thị Mạng")
        .put("gender", "FEMALE")
        .put("dateOfBirth", dateOfBirth)
        .put("placeOfBirth", "Bệnh viện đa khoa");
    data.put("birthCertificateNo", certificateNo);
    data.put("otherParentPin", otherParentPin);
    return dossiers.file("birth-registration", applicantPin, data);
  }
}
