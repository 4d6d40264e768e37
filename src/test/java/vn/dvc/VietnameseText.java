package vn.dvc;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text an officer or citizen reads is Vietnamese: it has Vietnamese letters (an accented
 * vowel or đ), unless it consists only of codes and acronyms we keep as they are, and it has none
 * of the common English words that a half-translated text still carries.
 */
public final class VietnameseText {

  /**
   * Codes and acronyms read as they are in Vietnamese texts, and the few Vietnamese words written
   * without accents that make a label on their own ("Nam").
   */
  static final Set<String> KEPT_AS_IS =
      Set.of("BHYT", "BHXH", "CSDL", "VNeID", "DMN", "CCCD", "UBND", "VND", "Nam");

  private static final Pattern VIETNAMESE_LETTER =
      Pattern.compile(
          "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * English words none of which is a Vietnamese syllable, so their presence means English.
   * Deliberately only words, not letters: codes like "KS-2026" are fine.
   */
  private static final Set<String> ENGLISH =
      Set.of(
          "the",
          "of",
          "and",
          "is",
          "are",
          "was",
          "be",
          "by",
          "for",
          "with",
          "from",
          "your",
          "this",
          "that",
          "not",
          "its",
          "it",
          "or",
          "before",
          "after",
          "dossier",
          "officer",
          "task",
          "verify",
          "review",
          "sign",
          "record",
          "overdue",
          "data",
          "registry",
          "citizen",
          "commune",
          "procedure",
          "action",
          "note",
          "reason",
          "outcome",
          "gender",
          "male",
          "female",
          "single",
          "married",
          "divorced",
          "widowed",
          "kinship",
          "partner",
          "applicant",
          "what",
          "user",
          "handle",
          "issue",
          "issues",
          "status",
          "age",
          "years",
          "population",
          "verified",
          "required",
          "request",
          "approve",
          "refuse",
          "date",
          "birth",
          "death",
          "marriage",
          "payment",
          "fee",
          "amount",
          "paid");

  private VietnameseText() {}

  public static boolean isVietnamese(String text) {
    return problem(text) == null;
  }

  /** Why the text is not Vietnamese, or null when it is. */
  public static String problem(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<String> words = Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
    List<String> english =
        words.stream().filter(w -> ENGLISH.contains(w.toLowerCase(Locale.ROOT))).toList();
    if (!english.isEmpty()) {
      return "has English words " + english;
    }
    if (!VIETNAMESE_LETTER.matcher(text).find() && !KEPT_AS_IS.containsAll(words)) {
      return "has no Vietnamese letter";
    }
    return null;
  }
}
