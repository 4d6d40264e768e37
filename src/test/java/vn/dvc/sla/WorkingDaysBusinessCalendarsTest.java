package vn.dvc.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.DvcSpringBootTest;

/** A model can write "N working days" wherever the engine takes a duration or a due date. */
@DvcSpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkingDaysBusinessCalendarsTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @BeforeAll
  void deploy() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("working-days-fixture")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Started")
            .userTask("Task_DueInOneWorkingDay")
            .camundaDueDate("1 working day")
            .boundaryEvent("Event_TwoWorkingDaysPassed")
            .cancelActivity(false)
            .timerWithDuration("2 working days")
            .endEvent("EndEvent_Reminded")
            .moveToActivity("Task_DueInOneWorkingDay")
            .endEvent("EndEvent_Done")
            .done();
    repository.createDeployment().addModelInstance("working-days-fixture.bpmn", model).deploy();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void countsWorkingDaysAcrossTetForTimersAndTaskDueDates() {
    // Thursday 12 February 2026, 10:00 in Vietnam; Tết is off from 14 to 22 February.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-12T03:00:00Z")));

    ProcessInstance instance = runtime.startProcessInstanceByKey("working-days-fixture");

    // One working day after Thursday: Friday 13 February, 17:00.
    assertThat(
            tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
        .isEqualTo(Date.from(Instant.parse("2026-02-13T10:00:00Z")));
    // Two working days: Friday 13, then Monday 23 February (after Tết), 17:00.
    assertThat(
            management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-02-23T10:00:00Z")));
  }

  @Test
  void leavesIsoDurationsToTheEngine() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-12T03:00:00Z")));
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("iso-duration-fixture")
            .camundaHistoryTimeToLive(1)
            .startEvent("StartEvent_Started")
            .intermediateCatchEvent("Event_Wait")
            .timerWithDuration("P2D")
            .endEvent("EndEvent_Done")
            .done();
    repository.createDeployment().addModelInstance("iso-duration-fixture.bpmn", model).deploy();

    ProcessInstance instance = runtime.startProcessInstanceByKey("iso-duration-fixture");

    assertThat(
            management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getDuedate())
        .isEqualTo(Date.from(Instant.parse("2026-02-14T03:00:00Z")));
  }
}
