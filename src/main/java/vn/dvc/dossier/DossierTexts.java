package vn.dvc.dossier;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dvc.api.ApiLanguage;

/**
 * The texts a dossier stores for the citizen (timeline details, reasons of decisions, the result's
 * reason), told in the language of the request that reads them.
 *
 * <p>A dossier stores the Vietnamese, the language of record. Reading it in English looks the
 * stored text up: among the texts of the bundles the dossier writes ({@link #STORED_KEYS}, with
 * their arguments), and among the {@code reason}/{@code reasonEn} pairs of the deployed decisions,
 * whose rules state both. Since both directions are looked up, an entry written before the dossier
 * stored Vietnamese (it stored the same English) is told in Vietnamese too. A text neither knows (a
 * computed reason, an officer's own words) is answered as stored.
 */
@Component
public class DossierTexts {

  /**
   * The statuses whose timeline entry the process sets without a reason, told by {@code
   * timeline.status.<STATUS>} ({@link DossierStatusListener}).
   */
  static final Set<DossierStatus> STATUSES_TOLD =
      EnumSet.of(
          DossierStatus.WAITING_FOR_DOCUMENTS,
          DossierStatus.AWAITING_PAYMENT,
          DossierStatus.IN_REVIEW,
          DossierStatus.AWAITING_SIGNATURE,
          DossierStatus.COMPLETED,
          DossierStatus.NOT_ACCEPTED);

  /** The bundle texts a dossier stores, recognised again when it is read. */
  static final List<String> STORED_KEYS =
      Stream.concat(
              Stream.of(
                  "timeline.filed-online",
                  "timeline.filed-at-counter",
                  "timeline.eligible",
                  "timeline.eligible.marriage",
                  "result.contribution-months",
                  "data-issue.id-card-issue-date-missing",
                  "data-issue.address-not-updated-after-reform",
                  "data-issue.address-resolved",
                  "data-issue.address-unresolved",
                  "data-issue.marital-status-mismatch",
                  "data-issue.marriage-not-digitised",
                  "data-issue.birth-not-digitised",
                  "data-issue.death-not-synced",
                  "timeline.payment-requested",
                  "timeline.payment-expired",
                  "timeline.payment-confirmed",
                  "timeline.payment-received",
                  "timeline.payment-amount-differs",
                  "timeline.payment-declined",
                  "timeline.payment-problem-accepted",
                  "timeline.payment-problem-refunded",
                  "timeline.payment-amount-mismatch",
                  "timeline.payment-amount-mismatch.unknown",
                  "result.documents-not-supplied"),
              STATUSES_TOLD.stream().map(s -> "timeline.status." + s.name()))
          .toList();

  private static final int MAX_ARGUMENTS = 6;

  private final MessageSource messages;
  private final RepositoryService repository;
  private final List<StoredText> stored = new ArrayList<>();
  private static final long RECHECK_NANOS = 5_000_000_000L;

  private volatile DecisionReasons reasons = new DecisionReasons(-1, Map.of(), Map.of());
  private volatile long checkedAt;

  DossierTexts(MessageSource messages, RepositoryService repository) {
    this.messages = messages;
    this.repository = repository;
    for (String key : STORED_KEYS) {
      StoredText.of(messages, key, ApiLanguage.VIETNAMESE).ifPresent(stored::add);
      StoredText.of(messages, key, ApiLanguage.ENGLISH).ifPresent(stored::add);
    }
  }

  /** The text to store: Vietnamese, whoever's request writes it. */
  public String vietnamese(String key, Object... arguments) {
    return messages.getMessage(key, arguments, ApiLanguage.VIETNAMESE);
  }

  /** A stored text in the current request's language ({@link ApiLanguage#current()}). */
  public String localise(String text) {
    return localise(text, ApiLanguage.current());
  }

  String localise(String text, Locale locale) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    boolean english = ApiLanguage.ENGLISH.equals(locale);
    DecisionReasons known = decisionReasons();
    String told = told(text, english ? known.english : known.vietnamese, locale, 0);
    return told != null ? told : text;
  }

  /**
   * The text in the other language: a decision's reason, a stored bundle text, or decision reasons
   * followed by more of these, joined by spaces (every finding of an eligibility decision, {@link
   * EligibilityFindings}; a reason with the facts a process adds). Null when a part is unknown.
   * Texts already in the wanted language are known too: they are told as they are.
   */
  private String told(String text, Map<String, String> reasons, Locale locale, int depth) {
    String reason = reasons.get(text);
    if (reason != null) {
      return reason;
    }
    for (StoredText candidate : stored) {
      Optional<Object[]> arguments = candidate.match(text);
      if (arguments.isPresent()) {
        // An argument may be a stored text itself (how an address was resolved).
        Object[] told = arguments.get();
        for (int i = 0; i < told.length && depth < 20; i++) {
          String part = told(String.valueOf(told[i]), reasons, locale, depth + 1);
          told[i] = part != null ? part : told[i];
        }
        return messages.getMessage(candidate.key, told, locale);
      }
    }
    if (depth > 20) {
      return null;
    }
    for (Map.Entry<String, String> known : reasons.entrySet()) {
      String first = known.getKey();
      if (text.length() > first.length() + 1 && text.startsWith(first + " ")) {
        String rest = told(text.substring(first.length() + 1), reasons, locale, depth + 1);
        if (rest != null) {
          return known.getValue() + " " + rest;
        }
      }
    }
    return null;
  }

  /**
   * The pairs of the latest decision versions, read again when a decision is deployed (analysts
   * redeploy them while the application runs).
   */
  private DecisionReasons decisionReasons() {
    DecisionReasons current = reasons;
    // One dossier read tells many texts: ask the engine for new deployments once a few seconds.
    long now = System.nanoTime();
    if (current.definitions >= 0 && now - checkedAt < RECHECK_NANOS) {
      return current;
    }
    checkedAt = now;
    long count = repository.createDecisionDefinitionQuery().count();
    if (current.definitions == count) {
      return current;
    }
    Map<String, String> english = new HashMap<>();
    Map<String, String> vietnamese = new HashMap<>();
    for (DecisionDefinition definition :
        repository.createDecisionDefinitionQuery().latestVersion().list()) {
      var model = repository.getDmnModelInstance(definition.getId());
      for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
        List<Output> outputs = List.copyOf(table.getOutputs());
        int vi = indexOf(outputs, "reason");
        int en = indexOf(outputs, "reasonEn");
        if (vi < 0 || en < 0) {
          continue;
        }
        for (Rule rule : table.getRules()) {
          List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
          String viText = literal(entries.get(vi));
          String enText = literal(entries.get(en));
          if (viText != null && enText != null) {
            english.put(viText, enText);
            english.put(enText, enText);
            vietnamese.put(enText, viText);
            vietnamese.put(viText, viText);
          }
        }
      }
    }
    DecisionReasons read = new DecisionReasons(count, Map.copyOf(english), Map.copyOf(vietnamese));
    reasons = read;
    return read;
  }

  private static int indexOf(List<Output> outputs, String name) {
    for (int i = 0; i < outputs.size(); i++) {
      if (name.equals(outputs.get(i).getName())) {
        return i;
      }
    }
    return -1;
  }

  /** A FEEL string literal's text; null for an expression (computed when evaluated). */
  private static String literal(OutputEntry entry) {
    String feel = entry.getText() == null ? null : entry.getText().getTextContent().trim();
    if (feel == null || feel.length() < 2 || !feel.startsWith("\"") || !feel.endsWith("\"")) {
      return null;
    }
    String inner = feel.substring(1, feel.length() - 1);
    return inner.contains("\"") ? null : inner;
  }

  private record DecisionReasons(
      long definitions, Map<String, String> english, Map<String, String> vietnamese) {}

  /** A bundle text in one language as a pattern whose groups are its arguments. */
  private record StoredText(String key, Pattern pattern, int[] argumentOf) {

    static Optional<StoredText> of(MessageSource messages, String key, Locale locale) {
      Object[] markers = new Object[MAX_ARGUMENTS];
      for (int i = 0; i < MAX_ARGUMENTS; i++) {
        markers[i] = "\uE000" + i + "\uE001";
      }
      String text = messages.getMessage(key, markers, null, locale);
      if (text == null) {
        return Optional.empty();
      }
      StringBuilder regex = new StringBuilder("^");
      Matcher marker = Pattern.compile("\uE000(\\d)\uE001").matcher(text);
      int at = 0;
      List<Integer> order = new ArrayList<>();
      while (marker.find()) {
        regex.append(Pattern.quote(text.substring(at, marker.start()))).append("(.+?)");
        order.add(Integer.parseInt(marker.group(1)));
        at = marker.end();
      }
      regex.append(Pattern.quote(text.substring(at))).append("$");
      // Arguments are positional: one language may name {1} before {0}.
      int[] argumentOf = order.stream().mapToInt(Integer::intValue).toArray();
      return Optional.of(new StoredText(key, Pattern.compile(regex.toString()), argumentOf));
    }

    Optional<Object[]> match(String text) {
      Matcher matcher = pattern.matcher(text);
      if (!matcher.matches()) {
        return Optional.empty();
      }
      Object[] values = new Object[argumentOf.length];
      for (int i = 0; i < argumentOf.length; i++) {
        values[argumentOf[i]] = matcher.group(i + 1);
      }
      return Optional.of(values);
    }
  }
}
