package vn.dvc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every procedure's "required documents" decision has the same shape, which the dossier code
 * ({@code recordDocumentDecisions}) and the Dossier API rely on: a COLLECT table with the outputs
 * documentType, required, reason (Vietnamese, what the citizen reads), reasonEn (the same in
 * English, for Accept-Language: en), source, reference, a history time to live, and every rule
 * named and explained for the analyst who reads it next.
 */
class RequiredDocumentsDecisionsTest {

  static Stream<String> requiredDocumentsDecisions() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("decisions"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith("-required-documents.dmn"))
          .map(f -> f.substring(0, f.length() - ".dmn".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("requiredDocumentsDecisions")
  void hasTheSharedShape(String key) {
    Decision decision = DecisionTables.model(key).getModelElementById(key);
    assertThat(decision).as(key + ": the decision id equals the file name").isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
    DecisionTable table = (DecisionTable) decision.getExpression();
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
    assertThat(table.getOutputs())
        .extracting(Output::getName)
        .containsExactly("documentType", "required", "reason", "reasonEn", "source", "reference");
    assertThat(table.getRules())
        .isNotEmpty()
        .allSatisfy(
            rule -> {
              assertThat(rule.getId()).startsWith("Rule_");
              assertThat(rule.getDescription()).isNotNull();
              assertThat(rule.getDescription().getTextContent()).isNotBlank();
            });
    assertThat(DecisionTables.decision(key).isDecisionTable()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("requiredDocumentsDecisions")
  void givesEveryReasonInVietnameseWithTheEnglishBeside(String key) {
    DecisionTable table =
        (DecisionTable)
            DecisionTables.model(key).<Decision>getModelElementById(key).getExpression();
    assertThat(table.getRules())
        .allSatisfy(
            rule -> {
              String vietnamese =
                  rule.getOutputEntries().stream().toList().get(2).getText().getTextContent();
              String english =
                  rule.getOutputEntries().stream().toList().get(3).getText().getTextContent();
              assertThat(vietnamese).as(rule.getId()).containsPattern(VIETNAMESE_LETTER);
              assertThat(english)
                  .as(rule.getId())
                  .isNotBlank()
                  .doesNotContainPattern(VIETNAMESE_LETTER);
            });
  }

  /** Letters only Vietnamese uses among the two languages (đ, ơ, ư, and tones such as ạ, ế). */
  static final String VIETNAMESE_LETTER = "[đĐơƠưƯăĂạ-ỹ]";

  @ParameterizedTest
  @MethodSource("requiredDocumentsDecisions")
  void belongsToAProcedureOfTheSameName(String key) {
    String procedure = key.substring(0, key.length() - "-required-documents".length());
    assertThat(Path.of("processes", procedure + ".bpmn")).exists();
  }
}
