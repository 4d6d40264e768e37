package vn.dvc.procedure.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.dvc.adminunit.Commune;
import vn.dvc.api.ApiProblem;
import vn.dvc.population.Citizen;
import vn.dvc.population.Gender;
import vn.dvc.population.Pin;

/**
 * The declarative intake checks on a dossier's data, against registries kept in maps: each check
 * passes what it should and refuses the rest with the problem type (named after the party) and a
 * message that quotes what was wrong.
 */
class IntakeChecksTest {

  /** The application's bundles, as the API resolves a refusal for its reader. */
  private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasename("messages");
    MESSAGES.setDefaultEncoding("UTF-8");
    MESSAGES.setFallbackToSystemLocale(false);
    MESSAGES.setAlwaysUseMessageFormat(true);
  }

  /** The refusal's detail as {@code Accept-Language: en} reads it. */
  private static String english(ApiProblem problem) {
    return problem.detailText().getCodes() == null
        ? problem.detailText().getDefaultMessage()
        : MESSAGES.getMessage(problem.detailText(), Locale.ENGLISH);
  }

  /** The refusal's detail as it is read by default. */
  private static String vietnamese(ApiProblem problem) {
    return problem.detailText().getCodes() == null
        ? problem.detailText().getDefaultMessage()
        : MESSAGES.getMessage(problem.detailText(), Locale.forLanguageTag("vi"));
  }

  private static final Party PARTNER = Party.of("partner", "the partner");
  private static final Party RECEIVER = Party.of("receiving-party", "the receiving party");

  private static final Commune BA_DINH = commune("01100", "01");
  private static final Commune TRUONG_VINH = commune("40135", "40");

  private final ObjectMapper json = new ObjectMapper();
  private final Map<Pin, Citizen> population = new HashMap<>();
  private final Set<Pin> deathsInCivilStatus = new HashSet<>();
  private final Map<Pin, Commune> residences = new HashMap<>();
  private final IntakeChecks checks =
      new IntakeChecks(
          pin -> Optional.ofNullable(population.get(pin)),
          deathsInCivilStatus::contains,
          code ->
              List.of(BA_DINH, TRUONG_VINH).stream().filter(c -> c.code().equals(code)).findAny(),
          citizen -> Optional.ofNullable(residences.get(citizen.pin())));

  private final Citizen applicant = known("001083440335", Gender.MALE, "1983-04-01");

  // --- one PIN ---------------------------------------------------------------------------------

  @Test
  void aKnownLivingCitizenOtherThanTheApplicantPasses() throws Exception {
    Citizen partner = known("001182733267", Gender.FEMALE, "1982-07-02");

    Citizen checked =
        declared("{\"partnerPin\":\"001182733267\"}")
            .pin("partnerPin", PARTNER)
            .notApplicant("not yourself")
            .knownCitizen()
            .alive("a marriage cannot be registered")
            .citizen();

    assertThat(checked).isEqualTo(partner);
  }

  @Test
  void aTextThatCannotBeAPinIsABadRequestNamingThePartyAndTheField() throws Exception {
    ApiProblem problem =
        refused(() -> declared("{\"partnerPin\":\"001983440335\"}").pin("partnerPin", PARTNER));

    assertThat(problem.status().value()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo("invalid-pin");
    assertThat(english(problem))
        .startsWith("The partner's number (data.partnerPin): ")
        .contains("4th digit");
  }

  @Test
  void aPinWithAFinalLineBreakIsNoPin() throws Exception {
    ApiProblem problem =
        refused(() -> declared("{\"partnerPin\":\"001182733267\\n\"}").pin("partnerPin", PARTNER));

    assertThat(problem.type()).isEqualTo("invalid-pin");
  }

  @Test
  void theApplicantsOwnPinIsRefusedAsThePartyIsApplicant() throws Exception {
    ApiProblem problem =
        refused(
            () ->
                declared("{\"partnerPin\":\"001083440335\"}")
                    .pin("partnerPin", PARTNER)
                    .notApplicant("Give the PIN of the person you are marrying."));

    assertUnprocessable(problem, "partner-is-applicant");
    assertThat(english(problem)).isEqualTo("Give the PIN of the person you are marrying.");
  }

  @Test
  void theApplicantsOwnPinMayBeRefusedWithTheProceduresOwnType() throws Exception {
    ApiProblem problem =
        refused(
            () ->
                declared("{\"otherParentPin\":\"001083440335\"}")
                    .pin("otherParentPin", Party.of("other-parent", "the other parent"))
                    .notApplicant(
                        "same-parent-twice", "The other parent cannot be the applicant."));

    assertUnprocessable(problem, "same-parent-twice");
  }

  @Test
  void aPinPopulationDoesNotHoldIsAnUnknownParty() throws Exception {
    ApiProblem problem =
        refused(
            () ->
                declared("{\"partnerPin\":\"001099000001\"}")
                    .pin("partnerPin", PARTNER)
                    .knownCitizen());

    assertUnprocessable(problem, "unknown-partner");
    assertThat(english(problem))
        .isEqualTo(
            "No citizen with personal identification number 001099000001 (the partner) is in the"
                + " National Population Database.");
  }

  @Test
  void aPartyPopulationRecordsAsDeceasedIsRefusedWithTheConsequence() throws Exception {
    dead(known("001032283644", Gender.FEMALE, "1932-01-01"));

    ApiProblem problem =
        refused(
            () ->
                declared("{\"partnerPin\":\"001032283644\"}")
                    .pin("partnerPin", PARTNER)
                    .knownCitizen()
                    .alive("a marriage cannot be registered"));

    assertUnprocessable(problem, "partner-deceased");
    assertThat(english(problem))
        .isEqualTo(
            "The National Population Database records the partner (001032283644) as deceased; a"
                + " marriage cannot be registered.");
  }

  @Test
  void aliveAsksPopulationOnlyWhileAliveInEveryRegistryAsksCivilStatusToo() throws Exception {
    Citizen notSynced = known("001182733267", Gender.FEMALE, "1982-07-02");
    deathsInCivilStatus.add(notSynced.pin());
    DeclaredCitizen partner =
        declared("{\"partnerPin\":\"001182733267\"}").pin("partnerPin", PARTNER).knownCitizen();

    assertThat(partner.alive("no marriage").citizen()).isEqualTo(notSynced);
    ApiProblem problem = refused(() -> partner.aliveInEveryRegistry("no marriage"));
    assertUnprocessable(problem, "partner-deceased");
    assertThat(english(problem)).startsWith("The registries record the partner (001182733267)");
  }

  @Test
  void aRequirementOnTheCitizenRefusesWithItsTypeWhenItDoesNotHold() throws Exception {
    known("001090515663", Gender.MALE, "1990-05-15");
    DeclaredCitizen otherParent =
        declared("{\"otherParentPin\":\"001090515663\"}")
            .pin("otherParentPin", Party.of("other-parent", "the other parent"))
            .knownCitizen();

    ApiProblem problem =
        refused(
            () ->
                otherParent.require(
                    c -> c.gender() != applicant.gender(), "parents-same-gender", "Both MALE."));

    assertUnprocessable(problem, "parents-same-gender");
    assertThat(otherParent.require(c -> true, "never", "never").citizen().pin())
        .isEqualTo(Pin.of("001090515663"));
  }

  @Test
  void aPinOutsideTheAllowedOnesIsRefused() throws Exception {
    DeclaredPin parent =
        declared("{\"residence\":{\"sameAsParentPin\":\"001087198297\"}}")
            .pin("residence.sameAsParentPin", Party.of("residence-parent", "the parent"));

    ApiProblem problem =
        refused(() -> parent.oneOf(List.of(applicant.pin()), "residence-parent-not-a-parent", "x"));

    assertUnprocessable(problem, "residence-parent-not-a-parent");
    assertThat(parent.oneOf(List.of(Pin.of("001087198297")), "never", "never").pin())
        .isEqualTo(Pin.of("001087198297"));
  }

  @Test
  void anAbsentOptionalPinIsEmptyAndAPresentOneIsRead() throws Exception {
    assertThat(declared("{}").optionalPin("otherParentPin", PARTNER)).isEmpty();
    assertThat(declared("{\"otherParentPin\":\"\"}").optionalPin("otherParentPin", PARTNER))
        .isEmpty();
    assertThat(
            declared("{\"otherParentPin\":\"001090515663\"}")
                .optionalPin("otherParentPin", PARTNER)
                .map(DeclaredPin::pin))
        .contains(Pin.of("001090515663"));
  }

  // --- a list of PINs --------------------------------------------------------------------------

  @Test
  void aListOfKnownLivingCitizensPassesInItsOrderEachOnce() throws Exception {
    Citizen first = known("001090515663", Gender.MALE, "1990-05-15");
    Citizen second = known("001050413849", Gender.MALE, "1950-04-13");

    List<Citizen> receivers =
        declared("{\"toPins\":[\"001090515663\",\"001050413849\",\"001090515663\"]}")
            .pins("toPins", RECEIVER)
            .knownLivingCitizens("the right cannot pass to them");

    assertThat(receivers).containsExactly(first, second);
  }

  @Test
  void anEntryOfTheListThatCannotBeAPinIsRefusedQuotingIt() throws Exception {
    known("001090515663", Gender.MALE, "1990-05-15");

    ApiProblem problem =
        refused(
            () ->
                declared("{\"toPins\":[\"001090515663\",\"001990515663\"]}")
                    .pins("toPins", RECEIVER)
                    .knownLivingCitizens("no"));

    assertUnprocessable(problem, "invalid-receiving-party");
    assertThat(english(problem))
        .isEqualTo("\"001990515663\" in data.toPins is not a personal identification number.");
  }

  @Test
  void anUnknownOrDeceasedPersonInTheListIsRefusedNamingThem() throws Exception {
    known("001090515663", Gender.MALE, "1990-05-15");
    deathsInCivilStatus.add(known("001050413849", Gender.MALE, "1950-04-13").pin());

    ApiProblem unknown =
        refused(
            () ->
                declared("{\"toPins\":[\"001090515663\",\"001099000001\"]}")
                    .pins("toPins", RECEIVER)
                    .knownLivingCitizens("no"));
    ApiProblem deceased =
        refused(
            () ->
                declared("{\"toPins\":[\"001090515663\",\"001050413849\"]}")
                    .pins("toPins", RECEIVER)
                    .knownLivingCitizens("the right to a parcel cannot pass to them"));

    assertUnprocessable(unknown, "unknown-receiving-party");
    assertThat(english(unknown)).contains("001099000001").contains("the receiving party");
    assertUnprocessable(deceased, "receiving-party-deceased");
    assertThat(english(deceased))
        .isEqualTo(
            "The registries record the receiving party (001050413849) as deceased; the right to a"
                + " parcel cannot pass to them.");
  }

  // --- dates -----------------------------------------------------------------------------------

  @Test
  void aDateUpToTodayPassesAndALaterOneIsInTheFuture() throws Exception {
    LocalDate today = LocalDate.parse("2026-12-07");

    assertThat(date("2026-12-07", "The date of death").notAfter(today, "death-in-future").value())
        .isEqualTo(today);
    ApiProblem problem =
        refused(() -> date("2026-12-08", "The date of death").notAfter(today, "death-in-future"));
    assertUnprocessable(problem, "death-in-future");
    assertThat(english(problem)).isEqualTo("The date of death 2026-12-08 is in the future.");
  }

  @Test
  void aDateInTheFarFutureIsInTheFutureByTheEngineClock() throws Exception {
    ApiProblem problem =
        refused(() -> date("2400-01-01", "The date of death").notInFuture("death-in-future"));

    assertUnprocessable(problem, "death-in-future");
  }

  @Test
  void aDateBeforeTheEarliestPossibleIsRefusedNamingBoth() throws Exception {
    LocalDate born = LocalDate.parse("1931-01-06");
    String bornWhat = "the deceased's date of birth in the National Population Database";

    assertThat(date("1931-01-06", "The date of death").notBefore(born, bornWhat, "x").value())
        .isEqualTo(born);
    ApiProblem problem =
        refused(
            () ->
                date("1930-12-31", "The date of death")
                    .notBefore(born, bornWhat, "death-before-birth"));
    assertUnprocessable(problem, "death-before-birth");
    assertThat(english(problem))
        .isEqualTo(
            "The date of death 1930-12-31 is before the deceased's date of birth in the National"
                + " Population Database.");
  }

  @Test
  void aBirthInAYearNoPinEncodesIsAnImpossibleDateOfBirth() throws Exception {
    assertThat(date("1900-01-01", "The child's date of birth").birthAPinEncodes().value())
        .isEqualTo(LocalDate.parse("1900-01-01"));
    for (String impossible : List.of("1800-01-01", "0000-01-01", "1899-12-31")) {
      ApiProblem problem =
          refused(() -> date(impossible, "The child's date of birth").birthAPinEncodes());

      assertUnprocessable(problem, "impossible-date-of-birth");
      assertThat(english(problem)).contains(impossible).contains("1900");
    }
  }

  // --- communes --------------------------------------------------------------------------------

  @Test
  void aNamedCommuneMustExistExactlyAsWritten() throws Exception {
    assertThat(declared("{\"a\":{\"communeCode\":\"40135\"}}").commune("a.communeCode", "x"))
        .isEqualTo(TRUONG_VINH);

    ApiProblem unknown =
        refused(
            () ->
                declared("{\"a\":{\"communeCode\":\"99999\"}}")
                    .commune("a.communeCode", "unknown-residence-commune"));
    ApiProblem lineBreak =
        refused(
            () ->
                declared("{\"communeCode\":\"01100\\n\"}")
                    .commune("communeCode", "unknown-commune"));

    assertUnprocessable(unknown, "unknown-residence-commune");
    assertThat(english(unknown))
        .isEqualTo("There is no commune with code \"99999\" (data.a.communeCode).");
    assertUnprocessable(lineBreak, "unknown-commune");
  }

  @Test
  void theFilingCommuneIsTheOneNamedElseTheFirstPersonsCommuneOfResidence() throws Exception {
    Citizen partner = known("001182733267", Gender.FEMALE, "1982-07-02");
    residences.put(partner.pin(), TRUONG_VINH);

    assertThat(declared("{\"communeCode\":\"01100\"}").filingCommune("x", applicant, partner))
        .isEqualTo(BA_DINH);
    assertThat(declared("{}").filingCommune("either party", applicant, partner))
        .as("the applicant has no known commune, the partner has")
        .isEqualTo(TRUONG_VINH);
    residences.put(applicant.pin(), BA_DINH);
    assertThat(declared("{}").filingCommune("either party", applicant, partner)).isEqualTo(BA_DINH);
  }

  @Test
  void aNamedCommuneThatDoesNotExistIsAnUnknownCommune() throws Exception {
    ApiProblem problem =
        refused(() -> declared("{\"communeCode\":\"99999\"}").filingCommune("x", applicant));

    assertUnprocessable(problem, "unknown-commune");
    assertThat(english(problem)).contains("\"99999\"");
    assertThat(vietnamese(problem))
        .isEqualTo("Không có xã, phường nào có mã \"99999\" (data.communeCode).");
  }

  @Test
  void withoutANamedCommuneNorAKnownResidenceTheCommuneIsRequired() throws Exception {
    ApiProblem problem = refused(() -> declared("{}").filingCommune("the parents", applicant));

    assertUnprocessable(problem, "commune-required");
    assertThat(english(problem))
        .startsWith("The current commune of the parents cannot be found")
        .contains("data.communeCode");
  }

  // --- texts -----------------------------------------------------------------------------------

  @Test
  void textsAreTrimmedCodesAndRequiredTextsAreTakenExactlyAsGiven() throws Exception {
    Declared declared =
        declared("{\"note\":\"  a note \",\"blank\":\"  \",\"child\":{\"fullName\":\" An \"}}");

    assertThat(declared.text("note")).isEqualTo("a note");
    assertThat(declared.text("blank")).isNull();
    assertThat(declared.text("absent")).isNull();
    assertThat(declared.code("note")).isEqualTo("  a note ");
    assertThat(declared.code("absent")).isNull();
    assertThat(declared.given("child.fullName")).isEqualTo(" An ");
    assertThat(declared.applicant()).isEqualTo(applicant);
  }

  // ---------------------------------------------------------------------------------------------

  private Declared declared(String data) throws Exception {
    JsonNode node = json.readTree(data);
    return checks.declared(applicant, node);
  }

  private DeclaredDate date(String value, String what) throws Exception {
    return declared("{\"date\":\"" + value + "\"}").date("date", what);
  }

  private Citizen known(String pin, Gender gender, String dateOfBirth) {
    Citizen citizen = citizen(pin, gender, dateOfBirth, false);
    population.put(citizen.pin(), citizen);
    return citizen;
  }

  private void dead(Citizen citizen) {
    population.put(
        citizen.pin(),
        citizen(citizen.pin().value(), citizen.gender(), citizen.dateOfBirth().toString(), true));
  }

  private static Citizen citizen(String pin, Gender gender, String dateOfBirth, boolean deceased) {
    return new Citizen(
        Pin.of(pin),
        "Citizen " + pin,
        gender,
        LocalDate.parse(dateOfBirth),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        deceased,
        null);
  }

  private static Commune commune(String code, String provinceCode) {
    return new Commune(code, "Commune " + code, provinceCode, null, List.of());
  }

  private static ApiProblem refused(ThrowingCallable check) {
    Throwable thrown = catchThrowable(check);
    assertThat(thrown).as("refused").isInstanceOf(ApiProblem.class);
    return (ApiProblem) thrown;
  }

  private static void assertUnprocessable(ApiProblem problem, String type) {
    assertThat(problem.status().value()).isEqualTo(422);
    assertThat(problem.type()).isEqualTo(type);
  }
}
