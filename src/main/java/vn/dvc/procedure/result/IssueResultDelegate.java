package vn.dvc.procedure.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.adminunit.Province;
import vn.dvc.dossier.ElectronicExtracts;
import vn.dvc.money.Vnd;
import vn.dvc.payment.PaymentLedger;
import vn.dvc.population.Citizen;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;
import vn.dvc.variables.PinList;

/**
 * Issues the dossier's electronic result from the step's inputs (element template {@code
 * vn.dvc.result.issueResult}): {@code documentType}, {@code numberPattern} whose {@code {variable}}
 * are filled from the dossier, the result field holding that number ({@code numberField}, default
 * {@code resultNo}), {@code fields} — the facts copied into the result, {@code "a, b, c=d"} (field
 * c from variable d) or a {@code camunda:map} of field → value — and {@code people}, {@code
 * "deceased=deceasedPin, newOwners[]=landOwnerPins"}: a role gets {@code <role>Pin} and {@code
 * <role>FullName}, a role ending in {@code []} an array of {pin, fullName}, names read from
 * population into the result only, never into a variable. {@code registeredBy} (placeholders too;
 * {@code {communeName}}, {@code {provinceName}} of the dossier's commune, {@code
 * {communeName:residenceCommuneCode}} of another) defaults to the commune's name and goes under
 * {@code issuerField} (default {@code registeredBy}). {@code asPart} adds the result as one part of
 * an interlinked dossier's result; {@code refusalReason}, when set, makes it a refused part
 * (outcome REFUSED and the reason, no number). The number is unique per dossier and issuing again
 * rewrites the same result, so a retried job issues once. Sets the task-local {@code resultNo} for
 * an output mapping.
 */
@Component("issueResult")
class IssueResultDelegate implements JavaDelegate {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*(?::[a-zA-Z][a-zA-Z0-9]*)?)}");

  private final ElectronicExtracts extracts;
  private final PopulationRegistry population;
  private final AdministrativeUnits units;
  private final PaymentLedger ledger;

  IssueResultDelegate(
      ElectronicExtracts extracts,
      PopulationRegistry population,
      AdministrativeUnits units,
      PaymentLedger ledger) {
    this.extracts = extracts;
    this.population = population;
    this.units = units;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String document = required(execution, "documentType");
    ObjectNode result = extracts.envelope(document);
    String refusal = optional(execution, "refusalReason");
    String pattern = optional(execution, "numberPattern");
    String number = refusal == null && pattern != null ? fill(pattern, execution) : null;
    if (number != null) {
      Object numberField = execution.getVariableLocal("numberField");
      result.put(numberField instanceof String field ? field : "resultNo", number);
    }
    // A refused part carries the facts it has; those of the document never issued are left out.
    pairs(execution, "fields")
        .forEach(
            (field, value) -> {
              if (refusal == null || value != null) {
                put(result, field, value);
              }
            });
    pairs(execution, "people").forEach((role, pins) -> people(result, role, pins));
    if (refusal != null) {
      // A part its authority refused: the reason stands in the result instead of the document.
      result.put("outcome", "REFUSED").put("reason", refusal);
    } else {
      String issuer = optional(execution, "registeredBy");
      String issuerField = optional(execution, "issuerField");
      result.put(
          issuerField == null ? "registeredBy" : issuerField,
          fill(issuer == null ? "{communeName}" : issuer, execution));
    }
    if (Boolean.TRUE.equals(execution.getVariableLocal("asPart"))) {
      extracts.addPart(execution, result);
    } else {
      // The fee paid for the dossier goes with its result, so the citizen has both in one place.
      receipt(execution.getProcessBusinessKey()).ifPresent(r -> result.set("receipt", r));
      extracts.issue(execution, result);
    }
    execution.setVariableLocal("resultNo", number);
  }

  /** The receipt of the dossier's paid fee, if it has one: the latest request with a receipt. */
  private Optional<ObjectNode> receipt(String dossierId) {
    return ledger.ofDossier(dossierId).stream()
        .filter(entry -> entry.receiptNo() != null)
        .reduce((earlier, later) -> later)
        .map(
            entry -> {
              long amount =
                  entry.paidAmountVnd() != null ? entry.paidAmountVnd() : entry.amountVnd();
              ObjectNode receipt = JsonNodeFactory.instance.objectNode();
              receipt.put("receiptNo", entry.receiptNo());
              receipt.put("amountVnd", amount);
              receipt.put("amount", Vnd.format(amount));
              receipt.put("paidAt", entry.paidAt() == null ? null : entry.paidAt().toString());
              receipt.put("payerPin", entry.payerPin());
              return receipt;
            });
  }

  /** The input as field → value: a camunda:map as it is, or "a, b=c" read from the variables. */
  private static Map<String, Object> pairs(DelegateExecution execution, String input) {
    Object given = execution.getVariableLocal(input);
    Map<String, Object> pairs = new LinkedHashMap<>();
    if (given instanceof Map<?, ?> map) {
      map.forEach((key, value) -> pairs.put(String.valueOf(key), value));
    } else if (given instanceof String text) {
      for (String pair : text.split(",")) {
        String trimmed = pair.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        int equals = trimmed.indexOf('=');
        String field = equals < 0 ? trimmed : trimmed.substring(0, equals).strip();
        String variable = equals < 0 ? trimmed : trimmed.substring(equals + 1).strip();
        pairs.put(field, execution.getVariable(variable));
      }
    }
    return pairs;
  }

  private void people(ObjectNode result, String role, Object pins) {
    boolean list = role.endsWith("[]");
    String name = list ? role.substring(0, role.length() - 2) : role;
    if (list) {
      ArrayNode people = result.putArray(name);
      if (pins instanceof String text) {
        for (String pin : PinList.parse(text)) {
          people.addObject().put("pin", pin).put("fullName", fullName(pin));
        }
      }
      return;
    }
    String pin = pins instanceof String text && !text.isBlank() ? text.strip() : null;
    result.put(name + "Pin", pin);
    result.put(name + "FullName", pin == null ? null : fullName(pin));
  }

  private String fullName(String pin) {
    return population.findCitizen(Pin.of(pin)).map(Citizen::fullName).orElse(null);
  }

  /**
   * A placeholder's value: the variable of that name, or {@code communeName} / {@code provinceName}
   * of the dossier's {@code communeCode}, which no variable holds (names stay out of variables).
   */
  private Object value(String placeholder, DelegateExecution execution) {
    // {communeName:residenceCommuneCode}: the name of the commune another variable holds.
    int colon = placeholder.indexOf(':');
    String name = colon < 0 ? placeholder : placeholder.substring(0, colon);
    String codeVariable = colon < 0 ? "communeCode" : placeholder.substring(colon + 1);
    Object value = colon < 0 ? execution.getVariable(name) : null;
    if (value != null) {
      return value;
    }
    String code = (String) execution.getVariable(codeVariable);
    if (code == null) {
      return null;
    }
    return switch (name) {
      case "communeName" -> units.commune(code).map(Commune::name).orElse(code);
      case "provinceName" ->
          units.commune(code).flatMap(units::provinceOf).map(Province::name).orElse(null);
      default -> null;
    };
  }

  private static void put(ObjectNode result, String field, Object value) {
    if (value == null) {
      result.putNull(field);
    } else if (value instanceof Boolean b) {
      result.put(field, b);
    } else if (value instanceof Integer i) {
      result.put(field, i);
    } else if (value instanceof Long l) {
      result.put(field, l);
    } else if (value instanceof Number n) {
      result.put(field, n.doubleValue());
    } else {
      result.put(field, value.toString());
    }
  }

  private String fill(String pattern, DelegateExecution execution) {
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      Object value = value(placeholder.group(1), execution);
      if (value == null) {
        throw new IllegalStateException(
            "The result number " + pattern + " needs " + placeholder.group(1) + ", which is unset");
      }
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value.toString()));
    }
    placeholder.appendTail(filled);
    return filled.toString();
  }

  private static String optional(DelegateExecution execution, String input) {
    Object value = execution.getVariableLocal(input);
    return value instanceof String text && !text.isBlank() ? text : null;
  }

  private static String required(DelegateExecution execution, String input) {
    Object value = execution.getVariableLocal(input);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalStateException("The issue-result step needs its input " + input);
    }
    return text;
  }
}
