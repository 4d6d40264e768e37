package vn.dvc.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese texts of Camunda's webapps (app/&lt;webapp&gt;/locales/vi.json, ours) against the
 * English ones of the Camunda webjar on the classpath (en.json): after a Camunda upgrade this test
 * lists what the translators have to add, drop or fix. And each webapp's config.js shows Vietnamese
 * first, English on request.
 */
class WebappLocalesTest {

  static final String APP = "META-INF/resources/webjars/camunda/app/";
  static final String[] WEBAPPS = {"admin", "cockpit", "tasklist", "welcome"};

  /**
   * What must survive translation unchanged: angular-translate's {{ parameters }}, single-brace
   * {parameters}, printf's %s / %d, and HTML tags with their attributes (a link's href included).
   * Only HTML element names count as tags: "&lt;null&gt;" or "&lt;Operation&gt;" are words.
   */
  static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{\\{.*?}}"
              + "|(?<!\\{)\\{[A-Za-z_][\\w.]*}(?!})"
              + "|%[sd]"
              + "|</?(?:a|b|i|u|em|strong|br|code|span|p|ul|ol|li|div|pre|small|hr|h[1-6])\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);

  /** Duplicate keys would silently hide all but the last translation. */
  private final ObjectMapper json =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @ParameterizedTest
  @ValueSource(strings = {"admin", "cockpit", "tasklist", "welcome"})
  void everyEnglishTextHasAVietnameseOneWithTheSamePlaceholders(String webapp) throws IOException {
    JsonNode en = json.readTree(text(english(webapp)));
    URL viUrl = vietnamese(webapp);
    JsonNode enLabels = en.path("labels");
    assertThat(viUrl)
        .as(
            "%s has no Vietnamese texts (%s): all %d keys of en.json are missing",
            webapp, APP + webapp + "/locales/vi.json", enLabels.size())
        .isNotNull();
    JsonNode viLabels = json.readTree(text(viUrl)).path("labels");

    List<String> missing = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = enLabels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode vi = viLabels.get(entry.getKey());
      if (vi == null || !vi.isTextual()) {
        missing.add(entry.getKey());
      } else if (!placeholders(entry.getValue().asText()).equals(placeholders(vi.asText()))) {
        placeholders.add(
            entry.getKey()
                + ": en "
                + placeholders(entry.getValue().asText())
                + ", vi "
                + placeholders(vi.asText()));
      }
    }
    List<String> obsolete = new ArrayList<>();
    viLabels.fieldNames().forEachRemaining(key -> obsolete.add(key));
    obsolete.removeIf(enLabels::has);

    assertThat(missing).as("%s: keys of en.json without a Vietnamese text", webapp).isEmpty();
    assertThat(obsolete).as("%s: keys of vi.json that en.json no longer has", webapp).isEmpty();
    assertThat(placeholders)
        .as("%s: texts whose placeholders or HTML tags differ from the English", webapp)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "cockpit", "tasklist", "welcome"})
  void vietnameseTextsAreATranslationNotACopyOfTheEnglish(String webapp) throws IOException {
    URL viUrl = vietnamese(webapp);
    assertThat(viUrl).as("%s has no vi.json", webapp).isNotNull();
    JsonNode en = json.readTree(text(english(webapp))).path("labels");
    JsonNode vi = json.readTree(text(viUrl)).path("labels");
    // Product names, type names and "<null>" stay as they are; a tenth of the texts is far more.
    List<String> unchanged = new ArrayList<>();
    en.fieldNames()
        .forEachRemaining(
            key -> {
              String english = en.get(key).asText();
              if (english.matches(".*\\p{L}{3}.*") && english.equals(vi.path(key).asText())) {
                unchanged.add(key);
              }
            });
    assertThat(unchanged.size())
        .as("%s: texts still in English: %s", webapp, unchanged)
        .isLessThan(en.size() / 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "cockpit", "tasklist", "welcome"})
  void vietnameseFileIsUtf8WithoutBomAndHasTheDateFormatsWhereEnglishHasThem(String webapp)
      throws IOException {
    URL viUrl = vietnamese(webapp);
    assertThat(viUrl).as("%s has no vi.json", webapp).isNotNull();
    byte[] bytes = bytes(viUrl);
    // Strict decoding: a Windows-1258 or Latin-1 file would fail here.
    String decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    assertThat(decoded)
        .as("%s/locales/vi.json starts with a BOM", webapp)
        .doesNotStartWith("\uFEFF");
    JsonNode en = json.readTree(text(english(webapp)));
    JsonNode vi = json.readTree(bytes);
    Set<String> enTop = new LinkedHashSet<>();
    en.fieldNames().forEachRemaining(enTop::add);
    Set<String> viTop = new LinkedHashSet<>();
    vi.fieldNames().forEachRemaining(viTop::add);
    assertThat(viTop).as("%s: top-level sections of vi.json", webapp).isEqualTo(enTop);
    // In en.json's order, so that a diff against the next Camunda's en.json reads line by line.
    List<String> enKeys = new ArrayList<>();
    en.path("labels").fieldNames().forEachRemaining(enKeys::add);
    List<String> viKeys = new ArrayList<>();
    vi.path("labels").fieldNames().forEachRemaining(viKeys::add);
    enKeys.retainAll(viKeys);
    viKeys.retainAll(enKeys);
    assertThat(viKeys).as("%s: vi.json's keys in en.json's order", webapp).isEqualTo(enKeys);
    if (en.has("dateLocales")) {
      // moment's locale: Vietnamese month and day names, not the English ones.
      assertThat(vi.at("/dateLocales/months/0").asText())
          .isNotEqualTo(en.at("/dateLocales/months/0").asText());
      assertThat(vi.at("/dateLocales/months")).hasSize(12);
      assertThat(vi.at("/dateLocales/weekdays")).hasSize(7);
    }
  }

  @Test
  void placeholdersAreFoundAsCamundaWritesThem() {
    assertThat(placeholders("Deleted {{ name }} of {{count}}: <a href=\"x\">here</a> <null>"))
        .containsExactly("</a>", "<a href=\"x\">", "{{ name }}", "{{count}}");
    assertThat(placeholders("{name} and %s, <Operation>, <br/>"))
        .containsExactly("%s", "<br/>", "{name}");
  }

  @Test
  void everyWebappOffersVietnameseFirstAndEnglish() throws IOException {
    String language = text(resource(APP + "dvc-language.js"));
    assertThat(language)
        .contains("export const LANGUAGES = ['vi', 'en'];")
        .contains("export const DEFAULT_LANGUAGE = 'vi';")
        // The chosen language alone: with both listed, an English browser would get English.
        .contains("return { availableLocales: [language], fallbackLocale: language };");
    for (String webapp : WEBAPPS) {
      String config = text(resource(APP + webapp + "/scripts/config.js"));
      assertThat(config)
          .as("%s/scripts/config.js", webapp)
          .containsPattern(
              "import \\{[^}]*\\bwebappLocales\\b[^}]*} from '\\.\\./\\.\\./dvc-language\\.js';")
          .contains("locales: webappLocales()");
      for (String code : List.of("vi", "en")) {
        assertThat(resource(APP + webapp + "/locales/" + code + ".json"))
            .as("%s/locales/%s.json", webapp, code)
            .isNotNull();
      }
    }
  }

  static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    found.sort(null);
    return found;
  }

  static URL english(String webapp) {
    URL url = resource(APP + webapp + "/locales/en.json");
    assertThat(url).as("Camunda's en.json of %s on the classpath", webapp).isNotNull();
    return url;
  }

  static URL vietnamese(String webapp) {
    return resource(APP + webapp + "/locales/vi.json");
  }

  static URL resource(String name) {
    return WebappLocalesTest.class.getClassLoader().getResource(name);
  }

  static byte[] bytes(URL url) throws IOException {
    assertThat(url).isNotNull();
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }

  /** The file's text; Camunda's en.json files start with a BOM, which JSON does not allow. */
  static String text(URL url) throws IOException {
    String text = new String(bytes(url), StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
