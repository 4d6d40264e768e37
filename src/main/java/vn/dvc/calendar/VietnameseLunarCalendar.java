package vn.dvc.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from the astronomy so that Tết and Hùng
 * Kings' day exist for every year, including those whose schedule is not yet published.
 *
 * <p>A month begins on the local day of a new moon. The 11th month is the one containing the winter
 * solstice. When 13 months begin between one 11th month and the next, the first of them after the
 * 11th that contains no principal solar term (the sun's longitude reaching a multiple of 30°) is a
 * leap month and repeats the number of the month before it. Days are reckoned at UTC+7; that is why
 * Tết in Vietnam sometimes differs from China's, reckoned at UTC+8 (1985, 2007).
 *
 * <p>Years {@value #FIRST_YEAR}–{@value #LAST_YEAR} are supported; beyond them the model of the
 * Earth's rotation (ΔT) becomes a guess.
 */
public final class VietnameseLunarCalendar {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2199;

  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private VietnameseLunarCalendar() {}

  /**
   * Solar date of a lunar date, computed for Vietnam's time zone UTC+7 (differs from China's UTC+8
   * in some years, e.g. Tết 1985, 2007).
   *
   * @throws IllegalArgumentException if the year is outside {@value #FIRST_YEAR}–{@value
   *     #LAST_YEAR}, the month is not 1–12, the year has no such leap month, or the month is
   *     shorter than {@code lunarDay}
   */
  public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
    return toSolar(lunarYear, lunarMonth, lunarDay, leapMonth, VIETNAM);
  }

  /** Tết: the first day of the lunar year that begins in this Gregorian year. */
  public static LocalDate lunarNewYear(int year) {
    return toSolar(year, 1, 1, false);
  }

  /** As {@link #toSolar(int, int, int, boolean)} for the local days of another time zone. */
  static LocalDate toSolar(
      int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth, ZoneOffset zone) {
    if (lunarYear < FIRST_YEAR || lunarYear > LAST_YEAR) {
      throw new IllegalArgumentException(
          "lunar year "
              + lunarYear
              + " is outside the supported years "
              + FIRST_YEAR
              + "–"
              + LAST_YEAR);
    }
    if (lunarMonth < 1 || lunarMonth > 12) {
      throw new IllegalArgumentException("lunar month " + lunarMonth + " is not 1–12");
    }
    if (lunarDay < 1 || lunarDay > 30) {
      throw new IllegalArgumentException("lunar day " + lunarDay + " is not 1–30");
    }
    // Months 11 and 12 of a lunar year begin after the solstice of the same Gregorian year.
    int solsticeYear = lunarMonth >= 11 ? lunarYear : lunarYear - 1;
    for (LunarMonth month : monthsFromSolstice(solsticeYear, zone)) {
      if (month.number() == lunarMonth && month.leap() == leapMonth) {
        if (lunarDay > month.length()) {
          throw new IllegalArgumentException(
              month.describe(lunarYear) + " has only " + month.length() + " days");
        }
        return LocalDate.ofEpochDay(month.firstDay() + lunarDay - 1);
      }
    }
    throw new IllegalArgumentException(
        "lunar year " + lunarYear + " has no leap month " + lunarMonth);
  }

  /**
   * The months from the 11th month containing the winter solstice of {@code year} up to, not
   * including, the 11th month of the next year: 12 months, or 13 with one of them leap.
   */
  static List<LunarMonth> monthsFromSolstice(int year, ZoneOffset zone) {
    int first = lunationOfEleventhMonth(year, zone);
    int count = lunationOfEleventhMonth(year + 1, zone) - first;
    long[] starts = new long[count + 1];
    for (int i = 0; i <= count; i++) {
      starts[i] = newMoonDay(first + i, zone);
    }
    int leap = count == 13 ? firstMonthWithoutPrincipalTerm(starts, zone) : -1;
    List<LunarMonth> months = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int sequence = leap >= 0 && i >= leap ? i - 1 : i;
      months.add(new LunarMonth((sequence + 10) % 12 + 1, i == leap, starts[i], starts[i + 1]));
    }
    return months;
  }

  private static int firstMonthWithoutPrincipalTerm(long[] starts, ZoneOffset zone) {
    // Month 0 holds the solstice, so of the 12 months after it one at least has no term.
    for (int i = 1; i < starts.length - 1; i++) {
      if (principalTermSector(starts[i], zone) == principalTermSector(starts[i + 1], zone)) {
        return i;
      }
    }
    throw new IllegalStateException(
        "no month without a principal term after " + LocalDate.ofEpochDay(starts[0]));
  }

  private static int lunationOfEleventhMonth(int year, ZoneOffset zone) {
    long solstice = winterSolsticeDay(year, zone);
    int k =
        (int)
            Math.floor(
                (localMidnight(solstice, zone) - Astronomy.LUNATION_ZERO)
                    / Astronomy.MEAN_SYNODIC_MONTH);
    while (newMoonDay(k + 1, zone) <= solstice) {
      k++;
    }
    while (newMoonDay(k, zone) > solstice) {
      k--;
    }
    return k;
  }

  /** The local day during which the sun reaches longitude 270°. */
  private static long winterSolsticeDay(int year, ZoneOffset zone) {
    // Never earlier than 20 December in these centuries, so the search cannot start past it.
    long day = LocalDate.of(year, 12, 18).toEpochDay();
    while (Astronomy.sunLongitude(localMidnight(day + 1, zone)) < 270) {
      day++;
    }
    return day;
  }

  /** Which 30° sector the sun is in when the local day begins; a principal term enters the next. */
  private static int principalTermSector(long day, ZoneOffset zone) {
    return (int) Math.floor(Astronomy.sunLongitude(localMidnight(day, zone)) / 30);
  }

  /** The local day, as an epoch day, during which lunation {@code k}'s new moon occurs. */
  static long newMoonDay(int k, ZoneOffset zone) {
    double jde = Astronomy.newMoon(k);
    double local = jde - Astronomy.deltaT(jde) + zone.getTotalSeconds() / 86400.0;
    return (long) Math.floor(local - Astronomy.UNIX_EPOCH_JD);
  }

  /** JDE (Terrestrial Time) at which the local day begins. */
  private static double localMidnight(long epochDay, ZoneOffset zone) {
    double jd = Astronomy.UNIX_EPOCH_JD + epochDay - zone.getTotalSeconds() / 86400.0;
    return jd + Astronomy.deltaT(jd);
  }

  /** A lunar month: its number 1–12, whether it is leap, and its days as epoch days. */
  record LunarMonth(int number, boolean leap, long firstDay, long nextFirstDay) {

    int length() {
      return (int) (nextFirstDay - firstDay);
    }

    String describe(int lunarYear) {
      return (leap ? "leap " : "") + "lunar month " + number + " of " + lunarYear;
    }
  }
}
