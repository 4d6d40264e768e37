package vn.dvc.money;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of Vietnamese đồng as people read it: {@code 4.024.000 ₫}, dots between thousands and
 * the sign after a space. Amounts are whole đồng in a {@code long} everywhere; this is the one
 * place they become text.
 */
public final class Vnd {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private Vnd() {}

  public static String format(long amountVnd) {
    // The JDK's Vietnamese grouping is the dot; its currency format puts "₫" after a no-break
    // space, which some readers (SMS, old phones) show as a box, so the sign is added here.
    NumberFormat grouping = NumberFormat.getIntegerInstance(VIETNAMESE);
    grouping.setGroupingUsed(true);
    return grouping.format(amountVnd) + " ₫";
  }
}
