package vn.dvc.population;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A 12-digit personal identification number: three digits for the (pre-2025) province where the
 * birth was registered, one for century and gender, two for the year of birth, six random.
 */
public record Pin(@JsonValue String value) {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

  public Pin {
    if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
      throw new InvalidPinException(
          "A personal identification number has exactly 12 digits", "pin.twelve-digits");
    }
    int centuryGender = value.charAt(3) - '0';
    if (centuryGender > 5) {
      throw new InvalidPinException(
          "The 4th digit of a personal identification number encodes century and gender and must"
              + " be 0 to 5, not "
              + centuryGender,
          "pin.century",
          String.valueOf(centuryGender));
    }
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Pin of(String value) {
    return new Pin(value);
  }

  /** For optional PINs as registries store them: null stays null. */
  public static Pin ofNullable(String value) {
    return value == null ? null : new Pin(value);
  }

  /** The digits of an optional PIN, or null. */
  public static String valueOf(Pin pin) {
    return pin == null ? null : pin.value();
  }

  public Gender gender() {
    return (value.charAt(3) - '0') % 2 == 0 ? Gender.MALE : Gender.FEMALE;
  }

  public int birthYear() {
    int century = 1900 + 100 * ((value.charAt(3) - '0') / 2);
    return century + Integer.parseInt(value.substring(4, 6));
  }

  /**
   * Whether a PIN can encode someone born in this year: the century-and-gender digit 0 to 5 covers
   * the years 1900 to 2199. A birth outside them can be registered nowhere, so intakes refuse it.
   */
  public static boolean encodesBirthYear(int birthYear) {
    return birthYear >= 1900 && birthYear <= 2199;
  }

  /** The century-and-gender digit for someone of this gender born in this year. */
  static int centuryGenderDigit(int birthYear, Gender gender) {
    if (!encodesBirthYear(birthYear)) {
      throw new IllegalArgumentException("No PIN encoding for the year " + birthYear);
    }
    int century = (birthYear / 100) - 19;
    return century * 2 + (gender == Gender.FEMALE ? 1 : 0);
  }

  @Override
  public String toString() {
    return value;
  }
}
