package vn.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The Vietnamese and the English bundles say the same things, including every stored text. */
class MessageBundlesTest {

  @Test
  void everyTextIsInBothLanguages() throws IOException {
    Properties vietnamese = load("messages.properties");
    Properties english = load("messages_en.properties");

    assertThat(vietnamese.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    assertThat(vietnamese.stringPropertyNames()).containsAll(DossierTexts.STORED_KEYS);
  }

  @Test
  void theVietnameseIsVietnamese() throws IOException {
    Properties vietnamese = load("messages.properties");
    Properties english = load("messages_en.properties");

    // Texts that are only a code or a name may be the same; a sentence differs.
    assertThat(vietnamese.stringPropertyNames())
        .filteredOn(key -> vietnamese.getProperty(key).contains(" "))
        .allSatisfy(
            key ->
                assertThat(vietnamese.getProperty(key))
                    .as(key)
                    .isNotEqualTo(english.getProperty(key)));
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(
            new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
