package vn.dvc.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shape of a procedure on the frame: its diagram holds what only it does. The shared lifecycle
 * (review, signature, supplements, the dossier clock, its timers and escalation) is in {@code
 * handle-dossier} alone, and every called process is bound by version tag to a version that exists,
 * so that editing a block reaches no running dossier until it is released.
 */
class ProcedureShapeTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final String FRAME = "handle-dossier";

  static Stream<Path> procedures() throws IOException {
    return models().filter(file -> callsTheFrame(read(file)));
  }

  static Stream<Path> models() throws IOException {
    return Files.list(PROCESSES).filter(f -> f.toString().endsWith(".bpmn")).sorted();
  }

  @Test
  void everyBuiltProcedureOfTheCatalogueRunsOnTheFrame() throws IOException {
    JsonNode catalogue = new ObjectMapper().readTree(Path.of("catalogue/procedures.json").toFile());
    List<String> built = new ArrayList<>();
    for (JsonNode procedure : catalogue.path("procedures")) {
      Path file = PROCESSES.resolve(procedure.path("key").asText() + ".bpmn");
      if (Files.exists(file)) {
        built.add(procedure.path("key").asText());
        assertThat(procedure.has("handling")).as("%s has a descriptor", file).isTrue();
        assertThat(callsTheFrame(read(file))).as("%s calls handle-dossier", file).isTrue();
      }
    }
    assertThat(built).hasSizeGreaterThanOrEqualTo(7);
  }

  @ParameterizedTest
  @MethodSource("procedures")
  void procedureHasAFeeDecisionOfTheFeeShape(Path file) {
    String key = file.getFileName().toString().replace(".bpmn", "");
    Path dmn = Path.of("decisions", key + "-fee.dmn");
    assertThat(dmn).as("the frame's block collect-fee evaluates %s-fee", key).exists();
    Decision decision = Dmn.readModelFromFile(dmn.toFile()).getModelElementById(key + "-fee");
    assertThat(decision).as("%s holds the decision %s-fee", dmn, key).isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
    DecisionTable table = (DecisionTable) decision.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(table.getOutputs())
        .extracting(o -> o.getName() + ":" + o.getTypeRef())
        .containsExactly("feeItem:string", "amountVnd:long", "reason:string", "reasonEn:string");
    assertThat(table.getRules())
        .allSatisfy(
            rule -> {
              var entries = rule.getOutputEntries().stream().toList();
              assertThat(entries.get(2).getText().getTextContent())
                  .as("%s: the reason the citizen reads is Vietnamese", rule.getId())
                  .containsPattern("[đĐơƠưƯăĂạ-ỹ]");
              assertThat(entries.get(3).getText().getTextContent())
                  .as("%s: the same reason in English", rule.getId())
                  .isNotBlank()
                  .doesNotContainPattern("[đĐơƠưƯăĂạ-ỹ]");
            });
  }

  @ParameterizedTest
  @MethodSource("procedures")
  void procedureRepeatsNoElementOfTheSharedLifecycle(Path file) {
    BpmnModelInstance model = read(file);
    assertThat(model.getModelElementsByType(UserTask.class))
        .as("%s: officers' tasks belong to the frame or a block", file)
        .isEmpty();
    assertThat(
            model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(e -> !e.getChildElementsByType(TimerEventDefinition.class).isEmpty())
                .toList())
        .as("%s: deadline timers belong to the frame", file)
        .isEmpty();
    assertThat(text(file))
        .as("%s: the dossier clock is the frame's", file)
        .doesNotContain("dossierClock.");
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyCalledProcessIsBoundByAVersionTagThatExists(Path file) {
    for (CallActivity call : read(file).getModelElementsByType(CallActivity.class)) {
      String where = file + " " + call.getId();
      assertThat(call.getCamundaCalledElementBinding()).as(where).isEqualTo("versionTag");
      Path callee = PROCESSES.resolve(call.getCalledElement() + ".bpmn");
      assertThat(callee).as(where + " calls a process of processes/").exists();
      assertThat(versionTags(read(callee)))
          .as(where + " binds a version tag the callee has")
          .contains(call.getCamundaCalledElementVersionTag());
    }
  }

  private static boolean callsTheFrame(BpmnModelInstance model) {
    return model.getModelElementsByType(CallActivity.class).stream()
        .anyMatch(c -> FRAME.equals(c.getCalledElement()));
  }

  private static List<String> versionTags(BpmnModelInstance model) {
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    return processes.stream().map(Process::getCamundaVersionTag).toList();
  }

  private static BpmnModelInstance read(Path file) {
    return Bpmn.readModelFromFile(file.toFile());
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
