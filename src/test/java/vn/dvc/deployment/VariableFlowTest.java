package vn.dvc.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every variable a model, a decision or a form reads is written somewhere: by the Dossier API when
 * the dossier's process starts (its intake's variables), by a delegate or listener, by an output
 * mapping, a call activity's mapping, a decision's result variable, a multi-instance element
 * variable, an expression's {@code execution.setVariable}, or by a form the user completes. A read
 * nobody writes is a typo or a leftover, which the engine reports only when a dossier reaches it.
 * Reads through {@code execution.getVariable('…')} are optional by intent and not checked.
 */
class VariableFlowTest {

  private static final Path PROJECT = Path.of("").toAbsolutePath();

  /** Variables the engine provides in expressions, and JUEL's keywords. */
  private static final Set<String> BUILT_IN =
      Set.of(
          "execution",
          "task",
          "loopCounter",
          "nrOfInstances",
          "nrOfActiveInstances",
          "nrOfCompletedInstances",
          "true",
          "false",
          "null",
          "empty",
          "not",
          "and",
          "or",
          "eq",
          "ne",
          "lt",
          "gt",
          "le",
          "ge",
          "div",
          "mod",
          "instanceof");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}");
  private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![.\\w])([a-zA-Z_][a-zA-Z0-9_]*)(?!\\s*[.(\\w])");

  @Test
  void everyVariableAModelReadsIsWrittenSomewhere() throws IOException {
    assertThat(unwrittenReads(PROJECT)).isEmpty();
  }

  @Test
  void reportsAConditionOnAVariableNothingWrites(@TempDir Path project) throws IOException {
    Files.createDirectories(project.resolve("src/main/java"));
    Files.createDirectories(project.resolve("decisions"));
    Files.createDirectories(project.resolve("forms"));
    Files.createDirectories(project.resolve("processes"));
    Files.writeString(
        project.resolve("processes/typo.bpmn"),
        "<bpmn:sequenceFlow id=\"Flow_Approved\"><bpmn:conditionExpression>"
            + "${reviewDecison == 'APPROVE'}</bpmn:conditionExpression></bpmn:sequenceFlow>"
            + "<bpmn:serviceTask id=\"Task_Decide\" camunda:delegateExpression=\"${decide}\" />");
    Files.writeString(
        project.resolve("forms/review.form"),
        "{\"components\": [{\"key\": \"reviewDecision\", \"type\": \"radio\"}]}");

    assertThat(unwrittenReads(project))
        .containsExactly("processes/typo.bpmn reads reviewDecison, which nothing writes");
  }

  private static List<String> unwrittenReads(Path project) throws IOException {
    Set<String> written = new TreeSet<>();
    Map<String, Set<String>> read = new HashMap<>();
    javaWrites(project, written);
    try (Stream<Path> files = Files.walk(project.resolve("processes"))) {
      files
          .filter(f -> f.toString().endsWith(".bpmn"))
          .forEach(f -> bpmn(project, f, written, read));
    }
    try (Stream<Path> files = Files.walk(project.resolve("decisions"))) {
      files.filter(f -> f.toString().endsWith(".dmn")).forEach(f -> dmn(project, f, read));
    }
    try (Stream<Path> files = Files.walk(project.resolve("forms"))) {
      files
          .filter(f -> f.toString().endsWith(".form"))
          .forEach(f -> form(project, f, written, read));
    }

    return read.entrySet().stream()
        .flatMap(
            e ->
                e.getValue().stream()
                    .filter(v -> !written.contains(v) && !BUILT_IN.contains(v))
                    .map(v -> e.getKey() + " reads " + v + ", which nothing writes"))
        .sorted()
        .toList();
  }

  /** setVariable("x"), setVariableLocal("x"), output(execution, "x") and intake put("x", …). */
  private static void javaWrites(Path project, Set<String> written) throws IOException {
    Pattern constant = Pattern.compile("(\\w+)\\s*=\\s*\"([a-zA-Z]\\w*)\"");
    Pattern write =
        Pattern.compile(
            "(?:setVariable(?:Local)?|putValue|output\\(\\s*\\w+\\s*,|variables\\.put|\\bput)\\(?\\s*"
                + "(\"[a-zA-Z]\\w*\"|[A-Z_][A-Z0-9_]*)");
    // Typed definitions (camunda-bpm-data): NAME = stringVariable("x"), written by NAME.on(…).set.
    Pattern definition = Pattern.compile("(\\w+)\\s*=\\s*\\w+Variable\\(\\s*\"([a-zA-Z]\\w*)\"");
    Pattern typedWrite = Pattern.compile("\\b(\\w+)\\s*\\.on\\(");
    Map<String, String> definitions = new HashMap<>();
    Set<String> typedWrites = new TreeSet<>();
    try (Stream<Path> files = Files.walk(project.resolve("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher d = definition.matcher(source);
        while (d.find()) {
          definitions.put(d.group(1), d.group(2));
        }
        Matcher t = typedWrite.matcher(source);
        while (t.find()) {
          typedWrites.add(t.group(1));
        }
      }
    }
    typedWrites.stream()
        .filter(definitions::containsKey)
        .map(definitions::get)
        .forEach(written::add);
    try (Stream<Path> files = Files.walk(project.resolve("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Map<String, String> constants = new HashMap<>();
        Matcher c = constant.matcher(source);
        while (c.find()) {
          constants.put(c.group(1), c.group(2));
        }
        Matcher w = write.matcher(source);
        while (w.find()) {
          String name = w.group(1);
          if (name.startsWith("\"")) {
            written.add(name.substring(1, name.length() - 1));
          } else if (constants.containsKey(name)) {
            written.add(constants.get(name));
          }
        }
      }
    }
  }

  private static void bpmn(
      Path project, Path file, Set<String> written, Map<String, Set<String>> read) {
    String xml = text(file);
    Set<String> reads =
        read.computeIfAbsent(project.relativize(file).toString(), k -> new TreeSet<>());
    collect(xml, "camunda:outputParameter name=\"([a-zA-Z]\\w*)\"", written);
    collect(xml, "camunda:out [^>]*target=\"([a-zA-Z]\\w*)\"", written);
    collect(xml, "camunda:in [^>]*target=\"([a-zA-Z]\\w*)\"", written);
    collect(xml, "camunda:inputParameter name=\"([a-zA-Z]\\w*)\"", written);
    collect(xml, "camunda:resultVariable=\"([a-zA-Z]\\w*)\"", written);
    collect(xml, "camunda:elementVariable=\"([a-zA-Z]\\w*)\"", written);
    collect(xml, "setVariable\\(&#39;([a-zA-Z]\\w*)&#39;|setVariable\\('([a-zA-Z]\\w*)'", written);
    collect(xml, "camunda:in source=\"([a-zA-Z]\\w*)\"", reads);
    // A delegate expression names a bean, not a variable.
    String modelled = xml.replaceAll("delegateExpression=\"[^\"]*\"", "");
    Matcher expression =
        EXPRESSION.matcher(
            modelled
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\""));
    while (expression.find()) {
      String body = STRING_LITERAL.matcher(expression.group(1)).replaceAll("''");
      if (body.contains("getVariable(")) {
        continue;
      }
      Matcher identifier = IDENTIFIER.matcher(body);
      while (identifier.find()) {
        reads.add(identifier.group(1));
      }
    }
  }

  private static void dmn(Path project, Path file, Map<String, Set<String>> read) {
    Set<String> reads =
        read.computeIfAbsent(project.relativize(file).toString(), k -> new TreeSet<>());
    collect(text(file), "<inputExpression[^>]*>\\s*<text>\\s*([a-zA-Z]\\w*)\\s*</text>", reads);
  }

  /** A disabled field shows a variable; any other field is written by the user. */
  private static void form(
      Path project, Path file, Set<String> written, Map<String, Set<String>> read) {
    Set<String> reads =
        read.computeIfAbsent(project.relativize(file).toString(), k -> new TreeSet<>());
    try {
      for (JsonNode component : new ObjectMapper().readTree(file.toFile()).path("components")) {
        String key = component.path("key").asText(null);
        if (key == null) {
          continue;
        }
        (component.path("disabled").asBoolean(false) ? reads : written).add(key);
        String valuesKey = component.path("valuesKey").asText(null);
        if (valuesKey != null) {
          reads.add(valuesKey);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(String text, String regex, Set<String> into) {
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          into.add(m.group(g));
        }
      }
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
