package vn.dvc.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 12-digit personal identification number: digits 1–3 birth-place province, digit 4 century and
 * gender (1900s male 0 / female 1, 2000s 2 / 3, 2100s 4 / 5), digits 5–6 the year of birth.
 */
class PinTest {

  @Test
  void twelveDigitsAreAPin() {
    assertThat(Pin.of("001203012345").value()).isEqualTo("001203012345");
    assertThat(Pin.of("001203012345")).hasToString("001203012345");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "00120301234",
        "0012030123456",
        "00120301234a",
        "001 203012345",
        " 001203012345",
        "００１２０３０１２３４５",
        "٠٠١٢٠٣٠١٢٣٤٥"
      })
  void anythingButTwelveAsciiDigitsIsRejected(String value) {
    assertThatThrownBy(() -> Pin.of(value))
        .isInstanceOf(InvalidPinException.class)
        .hasMessageContaining("12 digits");
  }

  @ParameterizedTest
  @ValueSource(strings = {"001603012345", "001703012345", "001803012345", "001903012345"})
  void fourthDigitAboveFiveIsRejected(String value) {
    assertThatThrownBy(() -> Pin.of(value))
        .isInstanceOf(InvalidPinException.class)
        .hasMessageContaining("4th digit")
        .hasMessageContaining("not " + value.charAt(3));
  }

  @ParameterizedTest
  @CsvSource({
    "001099012345, MALE, 1999",
    "001100012345, FEMALE, 1900",
    "001226012345, MALE, 2026",
    "001326012345, FEMALE, 2026",
    "001200012345, MALE, 2000",
    "001399012345, FEMALE, 2099",
    "001405012345, MALE, 2105",
    "001599012345, FEMALE, 2199"
  })
  void fourthDigitDecodesGenderAndCentury(String value, Gender gender, int birthYear) {
    Pin pin = Pin.of(value);

    assertThat(pin.gender()).isEqualTo(gender);
    assertThat(pin.birthYear()).isEqualTo(birthYear);
  }

  @ParameterizedTest
  @CsvSource({
    "1999, FEMALE, 1",
    "1999, MALE, 0",
    "1900, MALE, 0",
    "2026, MALE, 2",
    "2026, FEMALE, 3",
    "2000, FEMALE, 3",
    "2100, MALE, 4",
    "2199, FEMALE, 5"
  })
  void centuryGenderDigitEncodesCenturyAndGender(int birthYear, Gender gender, int digit) {
    assertThat(Pin.centuryGenderDigit(birthYear, gender)).isEqualTo(digit);
  }

  @ParameterizedTest
  @ValueSource(ints = {1899, 1800, 2200, 0})
  void centuryGenderDigitRefusesYearsOutsideTheThreeCenturies(int birthYear) {
    assertThatThrownBy(() -> Pin.centuryGenderDigit(birthYear, Gender.MALE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(birthYear));
  }

  @Test
  void centuryGenderDigitRoundTripsThroughDecoding() {
    for (int year = 1900; year <= 2199; year++) {
      for (Gender gender : Gender.values()) {
        String value =
            "001"
                + Pin.centuryGenderDigit(year, gender)
                + String.format("%02d", year % 100)
                + "000000";

        assertThat(Pin.of(value).birthYear()).as(value).isEqualTo(year);
        assertThat(Pin.of(value).gender()).as(value).isEqualTo(gender);
      }
    }
  }

  @Test
  void pinsOfTheSandboxPopulationDecodeToTheCitizensGenderAndBirthYear() throws IOException {
    JsonNode citizens = sandboxCitizens();
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (JsonNode citizen : citizens) {
      String value = citizen.path("pin").asText();
      Pin pin = Pin.of(value);
      Gender gender = Gender.valueOf(citizen.path("gender").asText());
      int birthYear = LocalDate.parse(citizen.path("dateOfBirth").asText()).getYear();
      if (pin.gender() != gender || pin.birthYear() != birthYear) {
        mismatches.add(
            value
                + " decodes to "
                + pin.gender()
                + " "
                + pin.birthYear()
                + ", the citizen is "
                + gender
                + " born "
                + birthYear);
      }
      checked++;
    }

    assertThat(checked).as("citizens checked").isGreaterThanOrEqualTo(300);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void sandboxPopulationHasCitizensOfBothCenturiesAndGenders() throws IOException {
    List<String> centuryGenderDigits = new ArrayList<>();
    for (JsonNode citizen : sandboxCitizens()) {
      centuryGenderDigits.add(citizen.path("pin").asText().substring(3, 4));
    }

    assertThat(centuryGenderDigits).contains("0", "1", "2", "3");
  }

  private static JsonNode sandboxCitizens() throws IOException {
    try (InputStream in =
        PinTest.class.getClassLoader().getResourceAsStream("sandbox-data/population.json")) {
      assertThat(in).as("classpath sandbox-data/population.json").isNotNull();
      JsonNode citizens = new ObjectMapper().readTree(in).path("citizens");
      assertThat(citizens.isArray()).as("population.json has an array \"citizens\"").isTrue();
      return citizens;
    }
  }
}
