package vn.dvc.adminunit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pre-reform addresses ("Phường Bình Thọ, Thành phố Thủ Đức") are routed to the commune that
 * absorbed them, so that a dossier of a citizen whose record was never updated after the 2025
 * reform still reaches a current commune.
 */
class AdministrativeUnitsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static AdministrativeUnits units;

  @BeforeAll
  static void load() throws IOException {
    units = new AdministrativeUnits(JSON);
  }

  @Test
  void legacyAddressResolvesToTheCommuneThatAbsorbedIt() {
    assertThat(units.resolveLegacyAddress("Phường Bình Thọ, Thành phố Thủ Đức"))
        .map(Commune::code)
        .contains("79247");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Phường Linh Chiểu, Thành phố Thủ Đức | 79247",
        "Phường Bến Thành, Quận 1 | 79240",
        "Phường Đa Kao, Quận 1 | 79233",
        "Phường Yên Hòa, Quận Cầu Giấy | 01114",
        "Phường Quan Hoa, Quận Cầu Giấy | 01107",
        "Phường Thủy Xuân, Thành phố Huế | 46198",
        "Xã Châu Kim, Huyện Quế Phong | 40163",
        "Thị trấn Đồng Đăng, Huyện Cao Lộc | 20261"
      })
  void legacyCommuneResolvesOnlyWithinItsLegacyDistrict(String legacyAddress, String code) {
    assertThat(units.resolveLegacyAddress(legacyAddress)).map(Commune::code).contains(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Phường Bình Thọ, Quận 1",
        "Phường Bến Thành, Quận 3",
        "Phường Bến Thành, Thành phố Thủ Đức",
        "Phường Điện Biên, Quận Cầu Giấy",
        "Xã Diễn Phúc, Huyện Quế Phong"
      })
  void legacyCommuneWithTheWrongDistrictDoesNotResolve(String legacyAddress) {
    assertThat(units.resolveLegacyAddress(legacyAddress)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Phường Bến Thành, Quận 10", "Phường Đa Kao, Quận 12"})
  void districtWhoseNameMerelyStartsWithTheLegacyDistrictDoesNotMatchIt(String legacyAddress) {
    assertThat(units.resolveLegacyAddress(legacyAddress)).isEmpty();
  }

  @Test
  void unknownLegacyCommuneInAKnownDistrictDoesNotResolve() {
    assertThat(units.resolveLegacyAddress("Phường Hiệp Phú, Thành phố Thủ Đức")).isEmpty();
  }

  @Test
  void decomposedUnicodeInputStillResolves() {
    String nfd = Normalizer.normalize("Phường Bình Thọ, Thành phố Thủ Đức", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Phường Bình Thọ, Thành phố Thủ Đức");

    assertThat(units.resolveLegacyAddress(nfd)).map(Commune::code).contains("79247");
  }

  @Test
  void caseAndSurroundingSpacesDoNotMatter() {
    assertThat(units.resolveLegacyAddress("  PHƯỜNG BÌNH THỌ, THÀNH PHỐ THỦ ĐỨC  "))
        .map(Commune::code)
        .contains("79247");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void blankOrMissingAddressResolvesToNothing(String legacyAddress) {
    assertThat(units.resolveLegacyAddress(legacyAddress)).isEmpty();
  }

  @Test
  void everyCitizenWithAnUnreformedAddressResolvesToACommune() throws IOException {
    JsonNode citizens = read("sandbox-data/population.json").path("citizens");
    List<String> unresolved = new ArrayList<>();
    Set<String> pins = new TreeSet<>();
    for (JsonNode citizen : citizens) {
      JsonNode residence = citizen.path("permanentResidence");
      if (residence.isObject()
          && residence.path("communeCode").isNull()
          && residence.path("legacyAddress").isTextual()) {
        String legacyAddress = residence.path("legacyAddress").asText();
        pins.add(citizen.path("pin").asText());
        Optional<Commune> commune = units.resolveLegacyAddress(legacyAddress);
        if (commune.isEmpty() || units.commune(commune.get().code()).isEmpty()) {
          unresolved.add(citizen.path("pin").asText() + " " + legacyAddress);
        }
      }
    }

    assertThat(pins).as("citizens with only a legacy address").isNotEmpty();
    assertThat(pins)
        .as("they are the ADDRESS_NOT_UPDATED_AFTER_REFORM defects of defects.json")
        .isEqualTo(defectPins("ADDRESS_NOT_UPDATED_AFTER_REFORM"));
    assertThat(unresolved).isEmpty();
  }

  @Test
  void legacyAddressesOfTheSandboxResolveToACommuneThatListsThatLegacyCommune() throws IOException {
    JsonNode citizens = read("sandbox-data/population.json").path("citizens");
    List<String> wrong = new ArrayList<>();
    for (JsonNode citizen : citizens) {
      String legacyAddress = citizen.path("permanentResidence").path("legacyAddress").asText("");
      if (legacyAddress.isBlank()) {
        continue;
      }
      String legacyCommune = legacyAddress.substring(0, legacyAddress.indexOf(',')).strip();
      String legacyDistrict = legacyAddress.substring(legacyAddress.indexOf(',') + 1).strip();
      units
          .resolveLegacyAddress(legacyAddress)
          .filter(
              c ->
                  !c.legacyCommunes().contains(legacyCommune)
                      || !c.legacyDistrict().equals(legacyDistrict))
          .ifPresent(c -> wrong.add(legacyAddress + " → " + c.code()));
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void communesAndProvincesAreLoaded() {
    assertThat(units.communes()).hasSize(24);
    assertThat(units.commune("79247")).map(Commune::name).contains("Phường Thủ Đức");
    assertThat(units.commune("79247").flatMap(units::provinceOf))
        .map(Province::name)
        .contains("Thành phố Hồ Chí Minh");
    assertThat(units.commune(null)).isEmpty();
    assertThat(units.commune("99999")).isEmpty();
  }

  private static Set<String> defectPins(String kind) throws IOException {
    Set<String> pins = new TreeSet<>();
    for (JsonNode defect : read("sandbox-data/defects.json").path("defects")) {
      if (kind.equals(defect.path("kind").asText())) {
        pins.add(defect.path("pin").asText());
      }
    }
    return pins;
  }

  private static JsonNode read(String resource) throws IOException {
    try (InputStream in =
        AdministrativeUnitsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("classpath %s", resource).isNotNull();
      return JSON.readTree(in);
    }
  }
}
