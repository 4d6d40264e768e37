package vn.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.dvc.api.ApiLanguage;
import vn.dvc.identity.Caller;
import vn.dvc.identity.Groups;

/**
 * Files dossiers and supplies documents through the Dossier service, for tests of other packages
 * (process tests) that need a real dossier behind their process instance.
 */
public final class DossierFixtures {

  private final DossierService service;
  private final ObjectMapper json;

  /** An administrator at the counter: may file for anyone and see everything. */
  private static final Caller COUNTER =
      new Caller("test", Set.of(Groups.ADMINISTRATORS), Optional.empty());

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;

  public DossierFixtures(ApplicationContext context) {
    this.service = context.getBean(DossierService.class);
    this.json = context.getBean(ObjectMapper.class);
    this.runtime = context.getBean(RuntimeService.class);
    this.history = context.getBean(HistoryService.class);
    this.tasks = context.getBean(TaskService.class);
  }

  /**
   * The running process instance of a dossier: the procedure's own, not a building block it calls
   * (which carries the same business key).
   */
  public ProcessInstance instanceOf(String dossier) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(dossier)
            .rootProcessInstances()
            .singleResult();
    assertThat(instance).as("process instance of dossier %s", dossier).isNotNull();
    return instance;
  }

  /** The activities a finished dossier's process went through. */
  public List<String> passedActivities(String dossier) {
    HistoricProcessInstance instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(dossier)
            .rootProcessInstances()
            .singleResult();
    assertThat(instance.getEndTime()).as("end of dossier %s", dossier).isNotNull();
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }

  public List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  /** Files a dossier as the officer at the counter would, and returns its code. */
  public String file(String procedure, String applicantPin, ObjectNode data) {
    return service
        .file(new DossierRequest(procedure, applicantPin, data), null, COUNTER)
        .dossier()
        .id();
  }

  public void supply(String dossierId, String documentType) {
    service.supplyDocument(
        dossierId,
        COUNTER,
        documentType,
        documentType + ".pdf",
        "application/pdf",
        "%PDF-1.4 test".getBytes());
  }

  /**
   * The dossier as the API answers it to {@code Accept-Language: en}: the procedures' scenarios
   * assert the English texts.
   */
  public JsonNode view(String dossierId) {
    return viewIn(ApiLanguage.ENGLISH, dossierId);
  }

  /** The dossier as the API answers it by default, in Vietnamese. */
  public JsonNode viewInVietnamese(String dossierId) {
    return viewIn(ApiLanguage.VIETNAMESE, dossierId);
  }

  private JsonNode viewIn(Locale language, String dossierId) {
    LocaleContext before = LocaleContextHolder.getLocaleContext();
    LocaleContextHolder.setLocale(language);
    try {
      return json.valueToTree(service.view(dossierId));
    } finally {
      LocaleContextHolder.setLocaleContext(before);
    }
  }

  public ObjectNode object() {
    return json.createObjectNode();
  }
}
