package vn.dvc.procedure.intake;

import static vn.dvc.dossier.ProcedureIntake.invalid;
import static vn.dvc.dossier.ProcedureIntake.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import vn.dvc.adminunit.Commune;
import vn.dvc.api.ApiProblem;
import vn.dvc.population.Citizen;
import vn.dvc.population.InvalidPinException;
import vn.dvc.population.Pin;

/**
 * What a dossier's {@code data} declares, read for the intake checks. A field is named by its path
 * in {@code data}, dotted for nested objects ({@code "child.dateOfBirth"}), and the refusals quote
 * it as {@code data.<path>}. The procedure's JSON Schema has been checked before: a required field
 * is there and has the pattern or format the schema gives it.
 */
public final class Declared {

  private final IntakeChecks registries;
  private final Citizen applicant;
  private final JsonNode data;

  Declared(IntakeChecks registries, Citizen applicant, JsonNode data) {
    this.registries = registries;
    this.applicant = applicant;
    this.data = data;
  }

  public Citizen applicant() {
    return applicant;
  }

  /** The applicant, for the checks on their records (their commune of residence…). */
  public DeclaredCitizen applicantRecord() {
    return new DeclaredCitizen(registries, Party.of("applicant", "the applicant"), applicant);
  }

  /** A text the schema requires, exactly as given. */
  public String given(String path) {
    return node(path).asText();
  }

  /** An optional text: trimmed, or null when absent or blank. */
  public String text(String path) {
    JsonNode value = node(path);
    return value.isTextual() && !value.asText().isBlank() ? value.asText().trim() : null;
  }

  /**
   * An optional code (a commune code, a PIN) exactly as given: a code is looked up as it is, so
   * "01100\n" is no commune, not commune 01100 — the schema's {@code ^…$} lets a final line break
   * through (Java's {@code $} matches before it). Null when absent or empty.
   */
  public String code(String path) {
    JsonNode value = node(path);
    return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
  }

  /**
   * A PIN the schema requires; one that cannot be a PIN (a fourth digit above 5, a final line
   * break) is refused with 400 {@code invalid-pin}.
   */
  public DeclaredPin pin(String path, Party party) {
    String value = code(path);
    try {
      return new DeclaredPin(this, party, Pin.of(value));
    } catch (InvalidPinException e) {
      throw ApiProblem.of(HttpStatus.BAD_REQUEST, "invalid-pin")
          .detail(
              "intake.invalid-pin",
              ApiProblem.text("party." + party.slug() + ".possessive"),
              path,
              ApiProblem.text(e.code(), e.arguments()));
    }
  }

  /** An optional PIN, checked as {@link #pin} when given. */
  public Optional<DeclaredPin> optionalPin(String path, Party party) {
    return code(path) == null ? Optional.empty() : Optional.of(pin(path, party));
  }

  /** A list of PINs (a JSON array of texts), each of one of {@code party}. */
  public DeclaredPins pins(String path, Party party) {
    return new DeclaredPins(this, path, party, node(path));
  }

  /** A date the schema requires ({@code format: date}); {@code what} names it in the refusals. */
  public DeclaredDate date(String path, String what) {
    return new DeclaredDate(LocalDate.parse(node(path).asText()), what);
  }

  /**
   * A commune the data names by its code, which must be a current commune: 422 {@code unknownType}
   * otherwise.
   */
  public Commune commune(String path, String unknownType) {
    String code = code(path);
    return registries
        .communes
        .apply(code == null ? "" : code)
        .orElseThrow(
            () -> refused(unknownType, "intake.unknown-commune", String.valueOf(code), path));
  }

  /** An optional commune code: a current commune when given (422 {@code unknownType}), or empty. */
  public Optional<Commune> optionalCommune(String path, String unknownType) {
    return code(path) == null ? Optional.empty() : Optional.of(commune(path, unknownType));
  }

  /**
   * The commune a dossier is filed at, the same rule for every procedure: the one the citizen names
   * in {@code data.communeCode} (any commune since July 2025; 422 {@code unknown-commune} when
   * there is none with that code), else the current commune of residence of the people concerned in
   * the procedure's order of preference, pre-reform addresses resolved (422 {@code
   * commune-required} when none of them has one).
   *
   * @param whose names the people in the refusal when none has a known commune, e.g. "the parents"
   * @param inOrder the people whose commune of residence may serve, first preferred
   */
  public Commune filingCommune(String whose, Citizen... inOrder) {
    if (code("communeCode") != null) {
      return commune("communeCode", "unknown-commune");
    }
    Optional<Commune> found = Optional.empty();
    for (Citizen citizen : inOrder) {
      found = found.or(() -> registries.communeOfResidence.apply(citizen));
    }
    return found.orElseThrow(
        () ->
            invalid(
                "commune-required",
                "The current commune of "
                    + whose
                    + " cannot be found in the registries; name the commune to file at in"
                    + " data.communeCode."));
  }

  IntakeChecks registries() {
    return registries;
  }

  private JsonNode node(String path) {
    JsonNode node = data;
    for (String field : path.split("\\.")) {
      node = node.path(field);
    }
    return node;
  }
}
