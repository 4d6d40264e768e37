package vn.dvc.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure.Approval;
import vn.dvc.catalogue.Procedure.Authority;
import vn.dvc.catalogue.Procedure.Fact;
import vn.dvc.catalogue.Procedure.Fee;
import vn.dvc.catalogue.Procedure.Handling;
import vn.dvc.catalogue.Procedure.LocalizedText;
import vn.dvc.catalogue.Procedure.Part;
import vn.dvc.catalogue.Procedure.Payment;
import vn.dvc.catalogue.Procedure.Step;
import vn.dvc.catalogue.Procedure.TimeLimit;
import vn.dvc.catalogue.Procedure.TimeLimitUnit;

/**
 * The procedures of {@code catalogue/procedures.json}. Read and checked once at start-up: a
 * malformed entry stops the start with a message naming the file, the entry and the problem,
 * because a silently skipped procedure would only surface when a citizen files it.
 */
@Component
public class ProcedureCatalogue {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern AGENCY = Pattern.compile("[A-Z][A-Z_]*[A-Z]");
  private static final Pattern GROUP =
      Pattern.compile("(commune|province)-\\{[a-zA-Z][a-zA-Z0-9]*}(-[a-z]+)+");
  private static final Pattern VARIABLE = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

  private final Map<String, Procedure> procedures = new LinkedHashMap<>();
  private final Map<String, JsonNode> schemaDocuments = new LinkedHashMap<>();
  private final Map<String, JsonSchema> schemas = new LinkedHashMap<>();

  @Autowired
  ProcedureCatalogue(CatalogueProperties properties, ObjectMapper json) {
    this(properties.location(), json);
  }

  ProcedureCatalogue(Resource location, ObjectMapper json) {
    String file = location.getDescription();
    JsonNode root = readJson(json, location, file);
    JsonNode entries = root.path("procedures");
    if (!entries.isArray() || entries.isEmpty()) {
      throw new CatalogueException(file + ": expected a non-empty array \"procedures\"");
    }
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = new Entry(file, i + 1, entries.get(i));
      Procedure procedure = entry.procedure();
      if (procedures.putIfAbsent(procedure.key(), procedure) != null) {
        throw entry.problem("key \"" + procedure.key() + "\" appears twice");
      }
      if (procedures.values().stream()
          .anyMatch(p -> p != procedure && p.number() == procedure.number())) {
        throw entry.problem("number " + procedure.number() + " appears twice");
      }
      if (procedure.dataSchema() != null) {
        Resource schemaFile = relative(location, procedure.dataSchema(), entry);
        JsonNode schema;
        try {
          schema = readJson(json, schemaFile, procedure.dataSchema());
        } catch (CatalogueException e) {
          throw entry.problem("dataSchema " + e.getMessage());
        }
        try {
          schemas.put(procedure.key(), factory.getSchema(schema, config));
        } catch (RuntimeException e) {
          throw entry.problem(
              "dataSchema " + procedure.dataSchema() + " is not a JSON Schema: " + e.getMessage());
        }
        schemaDocuments.put(procedure.key(), schema);
      }
    }
  }

  public List<Procedure> all() {
    return List.copyOf(procedures.values());
  }

  public Optional<Procedure> find(String key) {
    return Optional.ofNullable(key).map(procedures::get);
  }

  /** The JSON Schema of the procedure's {@code data}, as published to the portal. */
  public Optional<JsonNode> dataSchema(String key) {
    return Optional.ofNullable(schemaDocuments.get(key));
  }

  /** Problems of {@code data} against the procedure's schema, in plain language; empty if valid. */
  public List<String> validateData(String key, JsonNode data) {
    JsonSchema schema = schemas.get(key);
    if (schema == null) {
      return List.of();
    }
    return schema.validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static Resource relative(Resource base, String path, Entry entry) {
    try {
      Resource resource = base.createRelative(path);
      if (!resource.exists()) {
        throw entry.problem("dataSchema file " + path + " does not exist");
      }
      return resource;
    } catch (IOException e) {
      throw entry.problem("dataSchema " + path + " cannot be resolved: " + e.getMessage());
    }
  }

  private static JsonNode readJson(ObjectMapper json, Resource resource, String name) {
    try (InputStream in = resource.getInputStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new CatalogueException(name + " cannot be read as JSON: " + e.getMessage(), e);
    }
  }

  /** One entry of the file, read field by field so that every problem can be named. */
  private record Entry(String file, int position, JsonNode node) {

    Procedure procedure() {
      String key = text("key");
      if (!KEY.matcher(key).matches()) {
        throw problem("key \"" + key + "\" must be lower-case words joined by hyphens");
      }
      return new Procedure(
          key,
          positiveInt("number"),
          localized("name"),
          authority(),
          timeLimit(),
          fee(),
          legalBasis(),
          optionalText(node, "dataSchema"),
          handling());
    }

    private Handling handling() {
      JsonNode handling = node.path("handling");
      if (handling.isMissingNode() || handling.isNull()) {
        return null;
      }
      if (!handling.isObject()) {
        throw problem("handling must be an object");
      }
      Map<String, Part> parts = new LinkedHashMap<>();
      JsonNode partNodes = handling.path("parts");
      if (!partNodes.isMissingNode() && !partNodes.isObject()) {
        throw problem("handling.parts must be an object of parts by key");
      }
      partNodes
          .fields()
          .forEachRemaining(
              part -> {
                String where = "handling.parts." + part.getKey();
                if (!KEY.matcher(part.getKey()).matches()) {
                  throw problem(where + ": a part's key is lower-case words joined by hyphens");
                }
                JsonNode days = part.getValue().path("workingDays");
                if (!days.isMissingNode()
                    && (!days.isIntegralNumber() || days.asInt() < 0 || days.asInt() > 60)) {
                  throw problem(where + ".workingDays must be a whole number from 0 to 60");
                }
                parts.put(
                    part.getKey(),
                    new Part(
                        localized(part.getValue(), where + ".name"),
                        step(part.getValue(), where + ".review", true),
                        step(part.getValue(), where + ".signature", false),
                        step(part.getValue(), where + ".verification", false),
                        part.getValue().path("documents").asBoolean(false),
                        days.isMissingNode() ? null : days.asInt()));
              });
      Payment payment = payment(handling.path("payment"));
      // Only a procedure that goes straight through once paid has no review; its payment
      // problems still need an officer, so it must name who.
      Step review = step(handling, "handling.review", parts.isEmpty() && payment == null);
      if (!parts.isEmpty() && parts.values().stream().filter(Part::documents).count() != 1) {
        throw problem(
            "handling.parts: exactly one part decides the documents (\"documents\": true)");
      }
      return new Handling(
          review,
          step(handling, "handling.signature", false),
          step(handling, "handling.verification", false),
          facts(handling.path("facts"), "handling.facts"),
          Collections.unmodifiableMap(parts),
          documentDecisions(handling.path("documentDecisions")),
          payment);
    }

    private Payment payment(JsonNode payment) {
      if (payment.isMissingNode() || payment.isNull()) {
        return null;
      }
      String group = optionalText(payment, "group");
      if (group == null || !GROUP.matcher(group).matches()) {
        throw problem(
            "handling.payment.group \""
                + group
                + "\" must be a group pattern such as province-{provinceCode}-traffic-police");
      }
      return new Payment(group);
    }

    private List<String> documentDecisions(JsonNode list) {
      List<String> keys = new ArrayList<>();
      for (JsonNode key : list) {
        if (!key.isTextual() || !KEY.matcher(key.asText()).matches()) {
          throw problem("handling.documentDecisions must list decision keys");
        }
        keys.add(key.asText());
      }
      return List.copyOf(keys);
    }

    private Step step(JsonNode parent, String where, boolean required) {
      String field = where.substring(where.lastIndexOf('.') + 1);
      JsonNode step = parent.path(field);
      if (step.isMissingNode() || step.isNull()) {
        if (required) {
          throw problem(where + " is missing: who handles this step?");
        }
        return null;
      }
      String group = optionalText(step, "group");
      if (group == null || !GROUP.matcher(group).matches()) {
        throw problem(
            where
                + ".group \""
                + group
                + "\" must be a group pattern such as commune-{communeCode}-civil-status");
      }
      String form = optionalText(step, "form");
      if (form == null || !KEY.matcher(form).matches()) {
        throw problem(where + ".form must name a form of forms/ by its id");
      }
      return new Step(group, form, localized(step, where + ".task"), approval(step, where));
    }

    private Approval approval(JsonNode step, String where) {
      JsonNode approval = step.path("approval");
      if (approval.isMissingNode() || approval.isNull()) {
        return null;
      }
      List<Fact> requires = facts(approval.path("requires"), where + ".approval.requires");
      if (requires.isEmpty()) {
        throw problem(where + ".approval.requires must name the variables an approval needs");
      }
      return new Approval(requires, localized(approval, where + ".approval.message"));
    }

    private List<Fact> facts(JsonNode list, String where) {
      List<Fact> facts = new ArrayList<>();
      for (JsonNode fact : list) {
        String variable = optionalText(fact, "variable");
        if (variable == null || !VARIABLE.matcher(variable).matches()) {
          throw problem(where + ": \"variable\" must name a process variable");
        }
        facts.add(new Fact(variable, localized(fact, where + "." + variable + ".label")));
      }
      return List.copyOf(facts);
    }

    private LocalizedText localized(JsonNode parent, String where) {
      JsonNode text = parent.path(where.substring(where.lastIndexOf('.') + 1));
      String vi = optionalText(text, "vi");
      String en = optionalText(text, "en");
      if (vi == null || en == null) {
        throw problem(where + " needs both \"vi\" and \"en\"");
      }
      return new LocalizedText(vi, en);
    }

    private TimeLimit timeLimit() {
      JsonNode limit = object("timeLimit");
      JsonNode amount = limit.path("amount");
      if (!amount.isIntegralNumber() || !amount.canConvertToInt() || amount.asInt() < 0) {
        throw problem("timeLimit.amount must be a whole number of 0 or more");
      }
      String unit = optionalText(limit, "unit");
      TimeLimitUnit parsed =
          Arrays.stream(TimeLimitUnit.values())
              .filter(u -> u.name().equals(unit))
              .findFirst()
              .orElseThrow(
                  () ->
                      problem(
                          "timeLimit.unit \""
                              + unit
                              + "\" is not one of "
                              + Arrays.toString(TimeLimitUnit.values())));
      if (parsed == TimeLimitUnit.IMMEDIATE && amount.asInt() != 0) {
        throw problem("timeLimit.amount must be 0 when the unit is IMMEDIATE");
      }
      return new TimeLimit(
          amount.asInt(),
          parsed,
          optionalText(limit, "note"),
          limit.path("unconfirmed").asBoolean(false));
    }

    private Fee fee() {
      JsonNode fee = object("fee");
      JsonNode amount = fee.path("amountVnd");
      if (!amount.isNull()
          && !amount.isMissingNode()
          && (!amount.isIntegralNumber() || !amount.canConvertToLong() || amount.asLong() < 0)) {
        throw problem("fee.amountVnd must be a whole number of VND, 0 when free, or null");
      }
      return new Fee(
          amount.isNull() || amount.isMissingNode() ? null : amount.asLong(),
          optionalText(fee, "note"),
          fee.path("unconfirmed").asBoolean(false));
    }

    private List<String> legalBasis() {
      JsonNode basis = node.path("legalBasis");
      if (!basis.isArray() || basis.isEmpty()) {
        throw problem("legalBasis must list at least one legal document");
      }
      List<String> documents = new ArrayList<>();
      for (JsonNode document : basis) {
        if (!document.isTextual() || document.asText().isBlank()) {
          throw problem("legalBasis entries must be non-blank text");
        }
        documents.add(document.asText());
      }
      return List.copyOf(documents);
    }

    private Authority authority() {
      LocalizedText words = localized("authority");
      String agency = optionalText(node.path("authority"), "agency");
      if (agency == null || !AGENCY.matcher(agency).matches()) {
        throw problem(
            "authority.agency must name the receiving agency in capitals, e.g. \"CIVIL_STATUS\"");
      }
      return new Authority(words.vi(), words.en(), agency);
    }

    private LocalizedText localized(String field) {
      JsonNode text = object(field);
      String vi = optionalText(text, "vi");
      String en = optionalText(text, "en");
      if (vi == null || en == null) {
        throw problem(field + " needs both \"vi\" and \"en\"");
      }
      return new LocalizedText(vi, en);
    }

    private JsonNode object(String field) {
      JsonNode value = node.path(field);
      if (!value.isObject()) {
        throw problem(field + " is missing or not an object");
      }
      return value;
    }

    private int positiveInt(String field) {
      JsonNode value = node.path(field);
      if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1) {
        throw problem(field + " must be a whole number of 1 or more");
      }
      return value.asInt();
    }

    private String text(String field) {
      String value = optionalText(node, field);
      if (value == null) {
        throw problem(field + " is missing or blank");
      }
      return value;
    }

    private static String optionalText(JsonNode node, String field) {
      JsonNode value = node.path(field);
      return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    CatalogueException problem(String what) {
      String key = optionalText(node, "key");
      return new CatalogueException(
          file + ", entry " + position + (key == null ? "" : " (" + key + ")") + ": " + what);
    }
  }
}
