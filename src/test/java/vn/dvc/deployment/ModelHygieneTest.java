package vn.dvc.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.dvc.VietnameseText;

/**
 * Every model the analysts keep in {@code processes/}, {@code decisions/} and {@code forms/} —
 * including the ones added later — is drawn, keyed by its file name, free of Modeler-generated ids,
 * has a history time to live, references only models that exist, and is readable by the engine
 * (BPMN/DMN model API) and by Tasklist (form-js 1.8). The checks are proven able to fail on the
 * broken fixtures in {@code src/test/resources/broken-models/}.
 */
class ModelHygieneTest {

  /** Maven runs tests in the project directory. */
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  @TestFactory
  Stream<DynamicContainer> everyModelFileIsClean() {
    ModelChecks checks = ModelChecks.of(PROJECT);
    List<Path> files = checks.files();
    assertThat(files).as("model files in %s/{processes,decisions,forms}", PROJECT).isNotEmpty();
    return files.stream().map(file -> dynamicContainer(checks.name(file), checksOf(checks, file)));
  }

  /** One dynamic test per check, under the file's name, failing with the file's problems. */
  private static Stream<DynamicTest> checksOf(ModelChecks checks, Path file) {
    String name = checks.name(file);
    return Check.applicableTo(file).stream()
        .map(
            check ->
                dynamicTest(
                    check.description,
                    () ->
                        assertThat(check.run(checks, file))
                            .as("%s: %s", name, check.description)
                            .isEmpty()));
  }

  @Test
  void checkingFailsClearlyWhenTheModelFoldersAreMissing(@TempDir Path notAProject) {
    assertThatThrownBy(() -> ModelChecks.of(notAProject))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(notAProject.toString())
        .hasMessageContaining("processes")
        .hasMessageContaining("decisions")
        .hasMessageContaining("forms");
  }

  @Test
  void checkingWalksEveryModelFileOfTheFolders() {
    ModelChecks checks = ModelChecks.of(brokenModels());

    assertThat(checks.files())
        .map(checks::name)
        .containsExactly(
            "processes/broken-process.bpmn",
            "processes/not-xml.bpmn",
            "decisions/broken-decision.dmn",
            "forms/broken-form.form",
            "forms/half-translated.form",
            "forms/not-json.form");
  }

  @Test
  void brokenProcessIsReportedForEveryProblem() {
    ModelChecks checks = ModelChecks.of(brokenModels());

    assertThat(checks.problems(checks.file("processes/broken-process.bpmn")))
        .containsExactlyInAnyOrder(
            "userTask Activity_0abc123 has no BPMNShape",
            "boundaryEvent Event_DeadlinePassed has no BPMNShape",
            "sequence flow Flow_1x2y3z4 has no BPMNEdge",
            "executable process other-key has no camunda:historyTimeToLive",
            "id StartEvent_1 looks generated by the Modeler; name it after what it means",
            "id StartEvent_1_di looks generated by the Modeler; name it after what it means",
            "id Activity_0abc123 looks generated by the Modeler; name it after what it means",
            "id Flow_1x2y3z4 looks generated by the Modeler; name it after what it means",
            "executable process id \"other-key\" differs from the file name \"broken-process\"",
            "camunda:formRef \"missing-form\" of Activity_0abc123 has no file"
                + " forms/missing-form.form",
            "camunda:decisionRef \"missing-decision\" of Task_Decide is no decision of decisions/",
            "calledElement \"missing-process\" of Task_CallOther is no process of processes/",
            "form \"missing-review-form\" passed as reviewForm by Task_CallOther has no file"
                + " forms/missing-review-form.form",
            "camunda:failedJobRetryTimeCycle R5/PT1M on Task_Decide; retries are configured once,"
                + " in failed-job-retry-time-cycle");
  }

  @Test
  void noElementTemplateSetsItsOwnRetryCycle() throws IOException {
    Path templates = PROJECT.resolve(".camunda/element-templates");
    try (Stream<Path> files = Files.list(templates)) {
      assertThat(files.filter(file -> file.toString().endsWith(".json")))
          .isNotEmpty()
          .allSatisfy(
              template ->
                  assertThat(Files.readString(template))
                      .as(
                          "%s: retries are configured once, in failed-job-retry-time-cycle",
                          template.getFileName())
                      .doesNotContain("failedJobRetryTimeCycle"));
    }
  }

  @Test
  void processThatIsNotXmlIsReportedAsNotParsing() {
    ModelChecks checks = ModelChecks.of(brokenModels());
    Path file = checks.file("processes/not-xml.bpmn");

    assertThat(Check.PARSES.run(checks, file))
        .singleElement()
        .asString()
        .startsWith("does not parse with the Camunda model API:");
    assertThat(Check.DRAWN.run(checks, file)).containsExactly(ModelChecks.NOT_PARSED);
  }

  @Test
  void brokenDecisionIsReportedForEveryProblem() {
    ModelChecks checks = ModelChecks.of(brokenModels());

    assertThat(checks.problems(checks.file("decisions/broken-decision.dmn")))
        .containsExactlyInAnyOrder(
            "decision other-decision has no DMNShape",
            "decision other-decision has no camunda:historyTimeToLive",
            "id Input_1 looks generated by the Modeler; name it after what it means",
            "id DecisionRule_0abc123 looks generated by the Modeler; name it after what it means",
            "no decision has the file name \"broken-decision\" as id (decisions:"
                + " [other-decision])");
  }

  @Test
  void brokenFormIsReportedForEveryProblem() {
    ModelChecks checks = ModelChecks.of(brokenModels());

    assertThat(checks.problems(checks.file("forms/broken-form.form")))
        .containsExactlyInAnyOrder(
            "executionPlatform is \"Camunda Cloud\", not \"Camunda Platform\"",
            "schemaVersion 17 is newer than 16, the newest that form-js 1.8 in Tasklist renders",
            "component Field_Attachment has type filepicker, which form-js 1.8 does not render",
            "component Field_Children has type table, which form-js 1.8 does not render",
            "id Form_0x1y2z3 looks generated by the Modeler; name it after what it means",
            "id Field_0abc123 looks generated by the Modeler; name it after what it means",
            "id Row_1k2l3m4 looks generated by the Modeler; name it after what it means",
            "form id \"Form_0x1y2z3\" differs from the file name \"broken-form\"",
            "component Field_0abc123 label \"Full name\" has no Vietnamese letter",
            "component Field_Attachment label \"Attachment\" has no Vietnamese letter",
            "component Group_Family label \"Family\" has no Vietnamese letter",
            "component Field_Children label \"Children\" has no Vietnamese letter");
  }

  @Test
  void englishTextsOfAFormAreReportedButCodesAndAcronymsAreNot() {
    ModelChecks checks = ModelChecks.of(brokenModels());

    assertThat(checks.languageProblems(checks.file("forms/half-translated.form")))
        .containsExactlyInAnyOrder(
            "component Text_Heading text \"# Overdue dossier\n\nReassign the task.\" has"
                + " English words [Overdue, dossier, the, task]",
            "component Field_Action description \"Kept on the dossier's timeline.\" has"
                + " English words [the, dossier]",
            "component Field_Action option 1 \"Record a justification\" has English words"
                + " [Record]",
            "component Field_PaidOn holds a date without a description of its format (định dạng)",
            "component Field_AmountVnd holds an amount without the suffix \"đồng\"");
  }

  @Test
  void formThatIsNotJsonIsReportedAsNotParsing() {
    ModelChecks checks = ModelChecks.of(brokenModels());
    Path file = checks.file("forms/not-json.form");

    assertThat(Check.PARSES.run(checks, file))
        .singleElement()
        .asString()
        .startsWith("is not JSON:");
    assertThat(Check.KEYED.run(checks, file)).containsExactly(ModelChecks.NOT_PARSED);
  }

  @Test
  void generatedIdPatternsFlagModelerIdsButNotMeaningfulOnes() {
    assertThat(
            Stream.of(
                "Activity_0abc123",
                "Gateway_1x9y8z7",
                "Flow_0s4ks6m",
                "SequenceFlow_1abcdef",
                "DecisionRule_0nq3j8g",
                "InputClause_1qwe2rt",
                "Field_0zv4w1q",
                "Form_1hw5bq3",
                "Form_review",
                "Row_0a1b2c3",
                "StartEvent_1",
                "Definitions_1",
                "Input_1",
                "_BPMNShape_StartEvent_2",
                "Activity_0abc123_di"))
        .allMatch(ModelChecks::looksGenerated);
    assertThat(
            Stream.of(
                "Task_LookUpParents",
                "Flow_DocumentsComplete",
                "Definitions_BirthRegistration",
                "Rule_CertificateMatches",
                "InputEntry_CertificateMatches_Status",
                "Field_Late",
                "Row_Heading",
                "Task_LookUpParents_di",
                "birth-registration",
                "review-birth-registration"))
        .noneMatch(ModelChecks::looksGenerated);
  }

  private static Path brokenModels() {
    URL folder = ModelHygieneTest.class.getClassLoader().getResource("broken-models");
    assertThat(folder).as("test resource broken-models/").isNotNull();
    try {
      return Path.of(folder.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One check, reported as its own dynamic test under the file's name. */
  enum Check {
    PARSES(
        "parses and validates (Camunda model API; form-js 1.8 form)",
        ModelChecks::parseProblems,
        Kind.values()),
    DRAWN(
        "every flow node, sequence flow and decision is drawn",
        ModelChecks::diagramProblems,
        Kind.BPMN,
        Kind.DMN),
    HISTORY_TIME_TO_LIVE(
        "every executable process and decision has a history time to live",
        ModelChecks::historyTimeToLiveProblems,
        Kind.BPMN,
        Kind.DMN),
    NO_GENERATED_IDS("no Modeler-generated ids", ModelChecks::generatedIdProblems, Kind.values()),
    KEYED("file name equals the key", ModelChecks::keyProblems, Kind.values()),
    REFERENCES_RESOLVE(
        "every formRef, decisionRef and calledElement resolves",
        ModelChecks::referenceProblems,
        Kind.BPMN),
    VIETNAMESE_TEXTS(
        "every label, help text, option label and text an officer reads is Vietnamese",
        ModelChecks::languageProblems,
        Kind.FORM),
    NO_OWN_RETRY_CYCLE(
        "no element sets its own retry cycle (the configuration holds the one policy)",
        ModelChecks::retryCycleProblems,
        Kind.BPMN);

    final String description;
    private final BiFunction<ModelChecks, Path, List<String>> run;
    private final Set<Kind> kinds;

    Check(String description, BiFunction<ModelChecks, Path, List<String>> run, Kind... kinds) {
      this.description = description;
      this.run = run;
      this.kinds = Set.of(kinds);
    }

    List<String> run(ModelChecks checks, Path file) {
      return run.apply(checks, file);
    }

    static List<Check> applicableTo(Path file) {
      Kind kind = Kind.of(file);
      return Stream.of(values()).filter(check -> check.kinds.contains(kind)).toList();
    }
  }

  /** The model folders and the file ending each one holds. */
  enum Kind {
    BPMN("processes", ".bpmn"),
    DMN("decisions", ".dmn"),
    FORM("forms", ".form");

    final String folder;
    final String ending;

    Kind(String folder, String ending) {
      this.folder = folder;
      this.ending = ending;
    }

    static Kind of(Path file) {
      return Stream.of(values())
          .filter(kind -> file.getFileName().toString().endsWith(kind.ending))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("Not a model file: " + file));
    }
  }

  /**
   * The checks, each returning the problems of one file in words an analyst can act on; empty when
   * the file is clean. Works on any folder laid out like the project root.
   */
  static final class ModelChecks {

    static final String NOT_PARSED = "not checked: the file does not parse";

    private static final String FORMS_DEPLOYMENT = "camunda-forms:deployment:";

    /**
     * Ids as Camunda Modeler (bpmn-js, dmn-js, form-js) generates them: a type name and seven
     * random base-36 characters ({@code Activity_0abc123}, {@code DecisionRule_1x2y3z4}, {@code
     * Field_0zv4w1q}, also with the {@code _di} suffix of diagram elements), the numbered defaults
     * of a new diagram ({@code StartEvent_1}, {@code Definitions_1}, {@code Input_1}, {@code
     * _BPMNShape_StartEvent_2}) and random form and row ids ({@code Form_1hw5bq3}). The project
     * names ids {@code Type_MeaningInPascalCase}, which none of these match.
     */
    private static final List<Pattern> GENERATED_IDS =
        List.of(
            Pattern.compile("[A-Z][A-Za-z]*_[0-9a-z]{7}(_di)?"),
            Pattern.compile("_?[A-Z][A-Za-z_]*_[0-9]+(_di)?"),
            Pattern.compile("(Form|Row)_[0-9a-z]+"));

    /** Component types newer than form-js 1.8, the version Camunda 7.24 Tasklist renders. */
    private static final Set<String> FORM_TYPES_NOT_IN_FORM_JS_1_8 =
        Set.of("filepicker", "table", "dynamiclist", "expression", "html", "documentPreview");

    private static final int NEWEST_FORM_SCHEMA_VERSION = 16;

    private final Path root;
    private final Map<Path, Parsed> parsed = new HashMap<>();
    private Set<String> processIds;
    private Set<String> decisionIds;

    private ModelChecks(Path root) {
      this.root = root;
    }

    /** Fails with a message naming the folder when {@code root} is not laid out as a project. */
    static ModelChecks of(Path root) {
      List<String> missing =
          Stream.of(Kind.values())
              .map(kind -> kind.folder)
              .filter(folder -> !Files.isDirectory(root.resolve(folder)))
              .toList();
      if (!missing.isEmpty()) {
        throw new AssertionError(
            "No model folder "
                + missing
                + " in "
                + root.toAbsolutePath()
                + "; run the tests from the project root (Maven does)");
      }
      return new ModelChecks(root);
    }

    /** Every model file, sorted by folder (processes, decisions, forms) and name. */
    List<Path> files() {
      List<Path> files = new ArrayList<>();
      for (Kind kind : Kind.values()) {
        try (Stream<Path> folder = Files.list(root.resolve(kind.folder))) {
          folder
              .filter(Files::isRegularFile)
              .filter(file -> file.getFileName().toString().endsWith(kind.ending))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return files;
    }

    Path file(String name) {
      return root.resolve(name);
    }

    String name(Path file) {
      return root.relativize(file).toString().replace('\\', '/');
    }

    /** All problems of the file, whatever the check. */
    List<String> problems(Path file) {
      return Check.applicableTo(file).stream()
          .flatMap(check -> check.run(this, file).stream())
          .toList();
    }

    static boolean looksGenerated(String id) {
      return GENERATED_IDS.stream().anyMatch(pattern -> pattern.matcher(id).matches());
    }

    List<String> parseProblems(Path file) {
      Parsed model = parse(file);
      if (model.error() != null) {
        return List.of(model.error());
      }
      return model.form() == null ? List.of() : formFormatProblems(model.form());
    }

    List<String> diagramProblems(Path file) {
      Parsed model = parse(file);
      if (model.error() != null) {
        return List.of(NOT_PARSED);
      }
      List<String> problems = new ArrayList<>();
      if (model.bpmn() != null) {
        BpmnModelInstance bpmn = model.bpmn();
        Set<String> shapes = drawn(bpmn, BpmnShape.class);
        Set<String> edges = drawn(bpmn, BpmnEdge.class);
        for (FlowNode node : bpmn.getModelElementsByType(FlowNode.class)) {
          if (!shapes.contains(node.getId())) {
            problems.add(
                node.getElementType().getTypeName() + " " + node.getId() + " has no BPMNShape");
          }
        }
        for (SequenceFlow flow : bpmn.getModelElementsByType(SequenceFlow.class)) {
          if (!edges.contains(flow.getId())) {
            problems.add("sequence flow " + flow.getId() + " has no BPMNEdge");
          }
        }
      } else if (model.dmn() != null) {
        Set<String> shapes = new TreeSet<>();
        walk(
            model.dmn().getDocument().getRootElement(),
            element -> {
              String ref = element.getAttribute("dmnElementRef");
              if ("DMNShape".equals(element.getLocalName()) && ref != null) {
                // a QName: an optional namespace prefix, then the id
                shapes.add(ref.substring(ref.lastIndexOf(':') + 1));
              }
            });
        for (Decision decision : model.dmn().getModelElementsByType(Decision.class)) {
          if (!shapes.contains(decision.getId())) {
            problems.add("decision " + decision.getId() + " has no DMNShape");
          }
        }
      }
      return problems;
    }

    List<String> historyTimeToLiveProblems(Path file) {
      Parsed model = parse(file);
      if (model.error() != null) {
        return List.of(NOT_PARSED);
      }
      List<String> problems = new ArrayList<>();
      if (model.bpmn() != null) {
        for (Process process : executableProcesses(model.bpmn())) {
          if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
            problems.add(
                "executable process " + process.getId() + " has no camunda:historyTimeToLive");
          }
        }
      } else if (model.dmn() != null) {
        for (Decision decision : model.dmn().getModelElementsByType(Decision.class)) {
          if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
            problems.add("decision " + decision.getId() + " has no camunda:historyTimeToLive");
          }
        }
      }
      return problems;
    }

    List<String> generatedIdProblems(Path file) {
      Parsed model = parse(file);
      if (model.error() != null) {
        return List.of(NOT_PARSED);
      }
      List<String> ids = new ArrayList<>();
      if (model.form() != null) {
        collectFormIds(model.form(), ids);
      } else {
        walk(
            model.xml().getDocument().getRootElement(),
            element -> {
              String id = element.getAttribute("id");
              if (id != null) {
                ids.add(id);
              }
            });
      }
      return ids.stream()
          .filter(ModelChecks::looksGenerated)
          .map(id -> "id " + id + " looks generated by the Modeler; name it after what it means")
          .toList();
    }

    List<String> keyProblems(Path file) {
      Parsed model = parse(file);
      if (model.error() != null) {
        return List.of(NOT_PARSED);
      }
      String expected = baseName(file);
      if (model.bpmn() != null) {
        List<String> keys = executableProcesses(model.bpmn()).stream().map(Process::getId).toList();
        if (keys.size() != 1) {
          return List.of(
              "holds "
                  + keys.size()
                  + " executable processes "
                  + keys
                  + "; a .bpmn file holds exactly one");
        }
        return keys.get(0).equals(expected)
            ? List.of()
            : List.of(
                "executable process id \""
                    + keys.get(0)
                    + "\" differs from the file name \""
                    + expected
                    + "\"");
      }
      if (model.dmn() != null) {
        List<String> keys =
            model.dmn().getModelElementsByType(Decision.class).stream()
                .map(Decision::getId)
                .toList();
        // A DRD holds several decisions; the file is named after its main decision.
        return keys.contains(expected)
            ? List.of()
            : List.of(
                "no decision has the file name \""
                    + expected
                    + "\" as id (decisions: "
                    + keys
                    + ")");
      }
      String id = model.form().path("id").asText("");
      return id.equals(expected)
          ? List.of()
          : List.of("form id \"" + id + "\" differs from the file name \"" + expected + "\"");
    }

    /**
     * The retry policy of every job is {@code failed-job-retry-time-cycle} in the configuration: a
     * cycle in a model overrides it for that element, so operators would read one policy and get
     * another.
     */
    List<String> retryCycleProblems(Path file) {
      Parsed model = parse(file);
      if (model.error() != null) {
        return List.of(NOT_PARSED);
      }
      List<String> problems = new ArrayList<>();
      walk(
          model.xml().getDocument().getRootElement(),
          element -> {
            if ("failedJobRetryTimeCycle".equals(element.getLocalName())) {
              DomElement owner = element.getParentElement().getParentElement();
              problems.add(
                  "camunda:failedJobRetryTimeCycle "
                      + element.getTextContent().strip()
                      + " on "
                      + owner.getAttribute("id")
                      + "; retries are configured once, in failed-job-retry-time-cycle");
            }
          });
      return problems;
    }

    /**
     * References given as an expression ({@code ${...}}) are chosen at run time and cannot be
     * resolved here, so they are left out.
     */
    List<String> referenceProblems(Path file) {
      Parsed model = parse(file);
      if (model.error() != null) {
        return List.of(NOT_PARSED);
      }
      BpmnModelInstance bpmn = model.bpmn();
      List<String> problems = new ArrayList<>();
      Map<String, String> formRefs = new HashMap<>();
      Map<String, String> formKeys = new HashMap<>();
      for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
        formRefs.put(task.getId(), task.getCamundaFormRef());
        formKeys.put(task.getId(), task.getCamundaFormKey());
      }
      for (StartEvent start : bpmn.getModelElementsByType(StartEvent.class)) {
        formRefs.put(start.getId(), start.getCamundaFormRef());
        formKeys.put(start.getId(), start.getCamundaFormKey());
      }
      formRefs.forEach(
          (element, ref) -> {
            if (isStatic(ref) && !Files.isRegularFile(root.resolve("forms/" + ref + ".form"))) {
              problems.add(
                  "camunda:formRef \""
                      + ref
                      + "\" of "
                      + element
                      + " has no file forms/"
                      + ref
                      + ".form");
            }
          });
      formKeys.forEach(
          (element, key) -> {
            if (isStatic(key) && key.startsWith(FORMS_DEPLOYMENT)) {
              String resource = key.substring(FORMS_DEPLOYMENT.length());
              if (!Files.isRegularFile(root.resolve(resource))) {
                problems.add(
                    "camunda:formKey \"" + key + "\" of " + element + " has no file " + resource);
              }
            }
          });
      for (BusinessRuleTask task : bpmn.getModelElementsByType(BusinessRuleTask.class)) {
        String ref = task.getCamundaDecisionRef();
        if (isStatic(ref) && !decisionIds().contains(ref)) {
          problems.add(
              "camunda:decisionRef \""
                  + ref
                  + "\" of "
                  + task.getId()
                  + " is no decision of decisions/");
        }
      }
      for (CallActivity call : bpmn.getModelElementsByType(CallActivity.class)) {
        String ref = call.getCalledElement();
        if (isStatic(ref) && !processIds().contains(ref)) {
          problems.add(
              "calledElement \"" + ref + "\" of " + call.getId() + " is no process of processes/");
        }
        // The building blocks take their form as an input (reviewForm, signForm, …), so the
        // form a caller names is checked here, where the literal is.
        for (CamundaIn in :
            call.getChildElementsByType(ExtensionElements.class).stream()
                .flatMap(e -> e.getChildElementsByType(CamundaIn.class).stream())
                .toList()) {
          String form = in.getCamundaSourceExpression();
          if (in.getCamundaTarget() != null
              && in.getCamundaTarget().endsWith("Form")
              && form != null
              && isStatic(form)
              && !Files.isRegularFile(root.resolve("forms/" + form + ".form"))) {
            problems.add(
                "form \""
                    + form
                    + "\" passed as "
                    + in.getCamundaTarget()
                    + " by "
                    + call.getId()
                    + " has no file forms/"
                    + form
                    + ".form");
          }
        }
      }
      return problems;
    }

    private List<String> formFormatProblems(JsonNode form) {
      List<String> problems = new ArrayList<>();
      if (!"default".equals(form.path("type").asText(null))) {
        problems.add("type is " + form.get("type") + ", not \"default\"");
      }
      if (!"Camunda Platform".equals(form.path("executionPlatform").asText(null))) {
        problems.add(
            "executionPlatform is " + form.get("executionPlatform") + ", not \"Camunda Platform\"");
      }
      JsonNode version = form.path("schemaVersion");
      if (!version.isInt()) {
        problems.add("schemaVersion is " + version + ", not a whole number");
      } else if (version.asInt() > NEWEST_FORM_SCHEMA_VERSION) {
        problems.add(
            "schemaVersion "
                + version.asInt()
                + " is newer than "
                + NEWEST_FORM_SCHEMA_VERSION
                + ", the newest that form-js 1.8 in Tasklist renders");
      }
      collectComponents(form)
          .forEach(
              component -> {
                String type = component.path("type").asText();
                if (FORM_TYPES_NOT_IN_FORM_JS_1_8.contains(type)) {
                  problems.add(
                      "component "
                          + component.path("id").asText(component.path("key").asText("?"))
                          + " has type "
                          + type
                          + ", which form-js 1.8 does not render");
                }
              });
      return problems;
    }

    /**
     * The texts of a form an officer reads in Tasklist that are not Vietnamese ({@link
     * VietnameseText}): labels, help texts (description), the text components, date and time
     * labels, placeholders, adorners and option labels.
     */
    List<String> languageProblems(Path file) {
      Parsed model = parse(file);
      if (model.error() != null) {
        return List.of(NOT_PARSED);
      }
      if (model.form() == null) {
        return List.of();
      }
      List<String> problems = new ArrayList<>();
      for (JsonNode component : collectComponents(model.form())) {
        String id = component.path("id").asText(component.path("key").asText("?"));
        Map<String, JsonNode> texts = new java.util.LinkedHashMap<>();
        for (String field :
            List.of("label", "description", "text", "dateLabel", "timeLabel", "placeholder")) {
          texts.put(field, component.path(field));
        }
        texts.put("prefix", component.path("appearance").path("prefixAdorner"));
        texts.put("suffix", component.path("appearance").path("suffixAdorner"));
        int option = 0;
        for (JsonNode value : component.path("values")) {
          texts.put("option " + option++, value.path("label"));
        }
        texts.forEach(
            (field, text) -> {
              String problem = text.isTextual() ? VietnameseText.problem(text.asText()) : null;
              if (problem != null) {
                problems.add(
                    "component " + id + " " + field + " \"" + text.asText() + "\" " + problem);
              }
            });
        String key = component.path("key").asText("");
        String type = component.path("type").asText();
        // form-js 1.8 shows a text field's value as it is: an ISO date needs its format said.
        if ("textfield".equals(type)
            && key.toLowerCase(java.util.Locale.ROOT).contains("date")
            && !component.path("description").asText("").contains("định dạng")) {
          problems.add(
              "component " + id + " holds a date without a description of its format (định dạng)");
        }
        // A number field shows no grouping: its unit must be said next to it.
        if ("number".equals(type)
            && key.endsWith("Vnd")
            && !"đồng".equals(component.path("appearance").path("suffixAdorner").asText())) {
          problems.add("component " + id + " holds an amount without the suffix \"đồng\"");
        }
      }
      return problems;
    }

    /** The components of the form, including those nested in groups. */
    private static List<JsonNode> collectComponents(JsonNode container) {
      List<JsonNode> components = new ArrayList<>();
      for (JsonNode component : container.path("components")) {
        components.add(component);
        components.addAll(collectComponents(component));
      }
      return components;
    }

    /** Every {@code id} of the form and its components, and every {@code layout.row}. */
    private static void collectFormIds(JsonNode node, List<String> ids) {
      if (node.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          boolean isId = field.getKey().equals("id") || field.getKey().equals("row");
          if (isId && field.getValue().isTextual()) {
            ids.add(field.getValue().asText());
          } else {
            collectFormIds(field.getValue(), ids);
          }
        }
      } else if (node.isArray()) {
        node.forEach(element -> collectFormIds(element, ids));
      }
    }

    private Set<String> processIds() {
      if (processIds == null) {
        processIds =
            modelsOf(Kind.BPMN)
                .filter(model -> model.bpmn() != null)
                .flatMap(model -> executableProcesses(model.bpmn()).stream())
                .map(Process::getId)
                .collect(Collectors.toCollection(TreeSet::new));
      }
      return processIds;
    }

    private Set<String> decisionIds() {
      if (decisionIds == null) {
        decisionIds =
            modelsOf(Kind.DMN)
                .filter(model -> model.dmn() != null)
                .flatMap(model -> model.dmn().getModelElementsByType(Decision.class).stream())
                .map(Decision::getId)
                .collect(Collectors.toCollection(TreeSet::new));
      }
      return decisionIds;
    }

    private Stream<Parsed> modelsOf(Kind kind) {
      return files().stream().filter(file -> Kind.of(file) == kind).map(this::parse);
    }

    private static List<Process> executableProcesses(BpmnModelInstance bpmn) {
      return bpmn.getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable)
          .toList();
    }

    private static Set<String> drawn(
        BpmnModelInstance bpmn, Class<? extends ModelElementInstance> type) {
      return bpmn.getModelElementsByType(type).stream()
          .map(element -> element.getAttributeValue("bpmnElement"))
          .filter(ref -> ref != null)
          .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void walk(DomElement element, Consumer<DomElement> visitor) {
      visitor.accept(element);
      element.getChildElements().forEach(child -> walk(child, visitor));
    }

    private Parsed parse(Path file) {
      return parsed.computeIfAbsent(file, ModelChecks::read);
    }

    private static Parsed read(Path file) {
      Kind kind = Kind.of(file);
      try (InputStream in = Files.newInputStream(file)) {
        switch (kind) {
          case BPMN:
            BpmnModelInstance bpmn = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(bpmn);
            return new Parsed(bpmn, null, null, null);
          case DMN:
            DmnModelInstance dmn = Dmn.readModelFromStream(in);
            Dmn.validateModel(dmn);
            return new Parsed(null, dmn, null, null);
          default:
            return new Parsed(null, null, new ObjectMapper().readTree(in), null);
        }
      } catch (IOException e) {
        String problem = kind == Kind.FORM ? "is not JSON: " : "cannot be read: ";
        return new Parsed(null, null, null, problem + causes(e));
      } catch (RuntimeException e) {
        return new Parsed(
            null, null, null, "does not parse with the Camunda model API: " + causes(e));
      }
    }

    private static String causes(Throwable e) {
      List<String> messages = new ArrayList<>();
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause.getMessage() != null && !messages.contains(cause.getMessage())) {
          messages.add(cause.getMessage());
        }
      }
      return String.join(": ", messages);
    }

    private static String baseName(Path file) {
      String name = file.getFileName().toString();
      return name.substring(0, name.lastIndexOf('.'));
    }

    private static boolean isStatic(String reference) {
      return reference != null
          && !reference.isBlank()
          && !reference.contains("${")
          && !reference.contains("#{");
    }

    private static boolean isBlank(String text) {
      return text == null || text.isBlank();
    }

    /** A model read once: exactly one of the first three, or the reason it cannot be read. */
    private record Parsed(
        BpmnModelInstance bpmn, DmnModelInstance dmn, JsonNode form, String error) {

      ModelInstance xml() {
        return bpmn != null ? bpmn : dmn;
      }
    }
  }
}
