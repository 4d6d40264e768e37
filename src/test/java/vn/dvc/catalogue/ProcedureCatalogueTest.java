package vn.dvc.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import vn.dvc.catalogue.Procedure.TimeLimitUnit;

/**
 * The catalogue of the 25 procedures is read and checked at start-up; a malformed entry stops the
 * start with a message naming the file, the entry and the problem.
 */
class ProcedureCatalogueTest {

  /** Number → key of the 25 procedures, as in the reference table {@code procedures.md}. */
  private static final Map<Integer, String> REFERENCE_KEYS = referenceKeys();

  private static final Path REFERENCE_TABLE = Path.of("/work/shared/reference/procedures.md");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ProcedureCatalogue catalogue;

  @BeforeAll
  static void load() {
    catalogue = new ProcedureCatalogue(new ClassPathResource("catalogue/procedures.json"), JSON);
  }

  @Test
  void catalogueHoldsTheTwentyFiveProceduresOfTheReferenceUnderTheirKeysAndNumbers() {
    Map<Integer, String> keys = new LinkedHashMap<>();
    catalogue.all().forEach(procedure -> keys.put(procedure.number(), procedure.key()));

    assertThat(catalogue.all()).hasSize(25);
    assertThat(keys).containsExactlyInAnyOrderEntriesOf(REFERENCE_KEYS);
  }

  @Test
  void keysOfThisTestAreThoseOfTheSharedReferenceTable() throws IOException {
    assumeThat(Files.isReadable(REFERENCE_TABLE))
        .as("reference table %s present", REFERENCE_TABLE)
        .isTrue();
    Map<Integer, String> keys = new LinkedHashMap<>();
    Matcher row =
        Pattern.compile("(?m)^\\| (\\d+) \\| `([a-z0-9-]+)` \\|")
            .matcher(Files.readString(REFERENCE_TABLE));
    while (row.find()) {
      keys.put(Integer.valueOf(row.group(1)), row.group(2));
    }

    assertThat(keys).isEqualTo(REFERENCE_KEYS);
  }

  @Test
  void everyProcedureIsComplete() {
    for (Procedure procedure : catalogue.all()) {
      assertThat(procedure.name().vi()).as(procedure.key()).isNotBlank();
      assertThat(procedure.name().en()).as(procedure.key()).isNotBlank();
      assertThat(procedure.authority().en()).as(procedure.key()).isNotBlank();
      assertThat(procedure.authority().agency()).as(procedure.key()).isNotBlank();
      assertThat(procedure.timeLimit()).as(procedure.key()).isNotNull();
      assertThat(procedure.fee()).as(procedure.key()).isNotNull();
      assertThat(procedure.legalBasis()).as(procedure.key()).isNotEmpty();
    }
  }

  @Test
  void findReturnsTheProcedureOfAKeyAndNothingForAnUnknownKey() {
    assertThat(catalogue.find("birth-registration"))
        .hasValueSatisfying(
            procedure -> {
              assertThat(procedure.number()).isEqualTo(14);
              assertThat(procedure.name().vi()).isEqualTo("Đăng ký khai sinh");
            });
    assertThat(catalogue.find("no-such-procedure")).isEmpty();
    assertThat(catalogue.find(null)).isEmpty();
  }

  @Test
  void birthRegistrationHasADataSchemaAndProceduresWithoutOneHaveNone() {
    assertThat(catalogue.dataSchema("birth-registration"))
        .hasValueSatisfying(
            schema -> assertThat(schema.path("required").toString()).isEqualTo("[\"child\"]"));
    assertThat(catalogue.dataSchema("stay-notification")).isEmpty();
  }

  @Test
  void validBirthDataHasNoProblems() {
    assertThat(catalogue.validateData("birth-registration", validBirthData())).isEmpty();
  }

  @Test
  void birthDataWithoutTheChildsFullNameNamesTheMissingField() {
    ObjectNode data = validBirthData();
    ((ObjectNode) data.get("child")).remove("fullName");

    assertThat(catalogue.validateData("birth-registration", data))
        .singleElement()
        .asString()
        .contains("fullName");
  }

  @Test
  void birthDataWithAnUnknownGenderNamesTheGender() {
    ObjectNode data = validBirthData();
    ((ObjectNode) data.get("child")).put("gender", "M");

    assertThat(catalogue.validateData("birth-registration", data))
        .singleElement()
        .asString()
        .contains("gender");
  }

  @Test
  void birthDataWithAnImpossibleDateNamesTheDateOfBirth() {
    ObjectNode data = validBirthData();
    ((ObjectNode) data.get("child")).put("dateOfBirth", "2026-13-45");

    assertThat(catalogue.validateData("birth-registration", data))
        .singleElement()
        .asString()
        .contains("dateOfBirth");
  }

  @Test
  void birthDataWithAnUndeclaredFieldIsRejected() {
    ObjectNode data = validBirthData();
    data.put("motherName", "Trần Thị Lan");

    assertThat(catalogue.validateData("birth-registration", data))
        .singleElement()
        .asString()
        .contains("motherName");
  }

  @Test
  void wellFormedFixtureLoadsWithItsSchemaResolvedRelativeToTheFile() {
    ProcedureCatalogue fixture = load("valid-with-schema.json");

    assertThat(fixture.all())
        .extracting(Procedure::key)
        .containsExactly("stay-notification", "permanent-residence-registration");
    assertThat(fixture.find("stay-notification").orElseThrow().timeLimit().unit())
        .isEqualTo(TimeLimitUnit.IMMEDIATE);
    assertThat(fixture.find("permanent-residence-registration").orElseThrow().fee().amountVnd())
        .isEqualTo(10000L);
    assertThat(fixture.validateData("permanent-residence-registration", JSON.createObjectNode()))
        .singleElement()
        .asString()
        .contains("dwellingAddress");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "duplicate-key.json | entry 2 (stay-notification): | key \"stay-notification\" appears"
            + " twice",
        "unknown-time-unit.json | entry 2 (permanent-residence-registration): | timeLimit.unit"
            + " \"WEEKS\" is not one of",
        "missing-english-name.json | entry 2 (permanent-residence-registration): | name needs both"
            + " \"vi\" and \"en\"",
        "negative-fee.json | entry 2 (permanent-residence-registration): | fee.amountVnd must be"
            + " a whole number",
        "missing-legal-basis.json | entry 2 (permanent-residence-registration): | legalBasis must"
            + " list at least one legal document",
        "missing-data-schema.json | entry 2 (permanent-residence-registration): | dataSchema file"
            + " schemas/missing.schema.json does not exist",
        "missing-agency.json | entry 2 (permanent-residence-registration): | authority.agency must"
            + " name the receiving agency",
        "handling-bad-group.json | entry 2 (permanent-residence-registration): |"
            + " handling.review.group \"civil-status-of-{communeCode}\" must be a group pattern",
        "handling-without-review.json | entry 2 (permanent-residence-registration): |"
            + " handling.review is missing: who handles this step?",
        "handling-bad-payment-group.json | entry 2 (permanent-residence-registration): |"
            + " handling.payment.group \"traffic-police\" must be a group pattern",
        "handling-two-document-parts.json | entry 2 (permanent-residence-registration): |"
            + " exactly one part decides the documents",
        "handling-approval-without-requires.json | entry 2 (permanent-residence-registration): |"
            + " handling.review.approval.requires must name the variables an approval needs"
      })
  void malformedEntryIsRejectedNamingFileEntryAndProblem(
      String fixture, String entry, String problem) {
    assertThatThrownBy(() -> load(fixture))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("catalogue-fixtures/" + fixture)
        .hasMessageContaining(entry)
        .hasMessageContaining(problem);
  }

  @Test
  void descriptorWithoutReviewIsAcceptedWhenItNamesWhoHandlesPaymentProblems() {
    Procedure.Handling straightThrough =
        load("handling-payment-without-review.json")
            .find("permanent-residence-registration")
            .orElseThrow()
            .handling();

    assertThat(straightThrough.review()).isNull();
    assertThat(straightThrough.part(null).review()).isNull();
    assertThat(straightThrough.payment().group())
        .isEqualTo("province-{provinceCode}-traffic-police");
    assertThat(catalogue.find("birth-registration").orElseThrow().handling().payment()).isNull();
  }

  @Test
  void descriptorOfAProcedureOnTheFrameNamesItsGroupsFormsFactsAndParts() {
    Procedure.Handling marriage = catalogue.find("marriage-registration").orElseThrow().handling();
    assertThat(marriage.review().group()).isEqualTo("commune-{communeCode}-civil-status");
    assertThat(marriage.review().approval().requires())
        .extracting(Procedure.Fact::variable)
        .containsExactly("applicantPresent", "applicantSigned", "partnerPresent", "partnerSigned");
    assertThat(marriage.signature().form()).isEqualTo("sign-dossier");
    assertThat(marriage.part(null).documents()).isTrue();

    Procedure.Handling interlinked = catalogue.find("interlinked-birth").orElseThrow().handling();
    assertThat(interlinked.parts().keySet()).containsExactly("birth", "residence", "health-card");
    assertThat(interlinked.part("residence").workingDays()).isEqualTo(2);
    assertThat(interlinked.part("residence").signature()).isNull();
    assertThat(interlinked.documentDecisions("interlinked-birth"))
        .containsExactly(
            "birth-registration-required-documents", "interlinked-birth-required-documents");
    assertThat(marriage.documentDecisions("marriage-registration"))
        .containsExactly("marriage-registration-required-documents");
    assertThatThrownBy(() -> interlinked.part("no-such-part")).hasMessageContaining("no-such-part");
  }

  @Test
  void fileThatIsNotJsonIsRejectedNamingTheFileAndThePosition() {
    assertThatThrownBy(() -> load("not-json.json"))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("catalogue-fixtures/not-json.json")
        .hasMessageContaining("cannot be read as JSON")
        .hasMessageContaining("line: 1");
  }

  @Test
  void missingCatalogueFileIsRejectedNamingTheFile() {
    assertThatThrownBy(() -> load("no-such-catalogue.json"))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("catalogue-fixtures/no-such-catalogue.json");
  }

  @Test
  void fractionalTimeLimitIsRejected() {
    assertThatThrownBy(() -> load("fractional-time-limit.json"))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("catalogue-fixtures/fractional-time-limit.json")
        .hasMessageContaining("entry 2 (permanent-residence-registration)")
        .hasMessageContaining("timeLimit.amount must be a whole number");
  }

  @Test
  void dataSchemaThatIsNotJsonIsRejectedNamingTheEntry() {
    assertThatThrownBy(() -> load("data-schema-not-json.json"))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("catalogue-fixtures/data-schema-not-json.json")
        .hasMessageContaining("entry 2 (permanent-residence-registration)")
        .hasMessageContaining("schemas/not-json.schema.json");
  }

  private static ProcedureCatalogue load(String fixture) {
    return new ProcedureCatalogue(new ClassPathResource("catalogue-fixtures/" + fixture), JSON);
  }

  private static ObjectNode validBirthData() {
    ObjectNode data = JSON.createObjectNode();
    data.put("communeCode", "79247");
    ObjectNode child = data.putObject("child");
    child.put("fullName", "Nguyễn Minh An");
    child.put("gender", "FEMALE");
    child.put("dateOfBirth", "2026-10-20");
    child.put("placeOfBirth", "Bệnh viện Hùng Vương, Thành phố Hồ Chí Minh");
    data.put("birthCertificateNo", "GCS-79-2026-000123");
    data.put("otherParentPin", "079095012345");
    return data;
  }

  private static Map<Integer, String> referenceKeys() {
    List<String> keys =
        List.of(
            "legacy-id-confirmation",
            "id-card-reissue",
            "permanent-residence-registration",
            "temporary-residence-registration",
            "temporary-absence-declaration",
            "stay-notification",
            "motorbike-registration",
            "traffic-fine-payment",
            "passport-issuance",
            "criminal-record-certificate",
            "seal-registration",
            "special-seal-registration",
            "driving-licence-renewal",
            "birth-registration",
            "death-registration",
            "marriage-registration",
            "interlinked-birth",
            "interlinked-death",
            "land-change-registration",
            "household-health-insurance-renewal",
            "personal-tax-registration",
            "electricity-new-connection",
            "electricity-contract-transfer",
            "exam-admission-registration",
            "unemployment-benefit");
    Map<Integer, String> numbered = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      numbered.put(i + 1, keys.get(i));
    }
    return Map.copyOf(numbered);
  }
}
