package vn.dvc.dossier;

import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dvc.api.ApiProblem;

/**
 * What an uploaded document must be before it is stored: of a format documents are accepted in,
 * really of the format its label declares, and under a name that is a plain file name.
 *
 * <p>The format comes from the bytes (Apache Tika's magic-number detection), never from the label
 * or the name a client chose: an executable labelled {@code application/pdf} is refused. Names keep
 * their base name only, so {@code ../../etc/passwd} is stored and echoed as {@code passwd}; control
 * characters (NUL included) and bidirectional overrides, which disguise an extension in what an
 * officer sees, are refused, and so are names longer than {@value #MAX_FILE_NAME_LENGTH} characters
 * — refused rather than cut, since cutting drops the extension the citizen chose.
 */
@Component
class SuppliedFiles {

  /** Every procedure accepts the same formats: the portal scans or photographs paper. */
  static final Set<String> ACCEPTED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

  static final int MAX_FILE_NAME_LENGTH = 255;

  /** Thread-safe; detection by magic numbers only, as tika-core has no parsers. */
  private final Tika tika = new Tika();

  /**
   * The media type of the content, which must be the declared one and an accepted one: 415 for a
   * format documents are not accepted in, 422 for content that is not what its label says.
   */
  String contentType(String declared, byte[] content) {
    MediaType declaredType = declared == null ? null : MediaType.parse(declared.strip());
    String declaredBase =
        declaredType == null ? null : declaredType.getBaseType().toString().toLowerCase();
    if (declaredBase == null || !ACCEPTED_TYPES.contains(declaredBase)) {
      throw new ApiProblem(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "unsupported-document-format",
          "Unsupported document format",
          "Documents are accepted as PDF, JPEG or PNG, not " + declared + ".");
    }
    MediaType detectedType = MediaType.parse(tika.detect(content));
    String detected =
        detectedType == null ? "application/octet-stream" : detectedType.getBaseType().toString();
    if (!detected.equals(declaredBase)) {
      throw new ApiProblem(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "document-content-mismatch",
          "Document is not what it says",
          "The file was sent as "
              + declaredBase
              + " but its content is "
              + detected
              + ". Send the document itself as PDF, JPEG or PNG.",
          Map.of("declaredType", declaredBase, "detectedType", detected));
    }
    return declaredBase;
  }

  /** The base name to store, or {@code fallback} when the client sent none. */
  static String fileName(String original, String fallback) {
    if (original == null || original.isBlank()) {
      return fallback;
    }
    if (original.codePoints().anyMatch(SuppliedFiles::disallowed)) {
      throw invalidName("The file name contains control characters.");
    }
    // Browsers send a base name; other clients may send a path, from either kind of system.
    String base =
        original
            .substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
            .strip();
    if (base.isEmpty() || base.equals(".") || base.equals("..")) {
      return fallback;
    }
    if (base.length() > MAX_FILE_NAME_LENGTH) {
      throw invalidName(
          "The file name has "
              + base.length()
              + " characters; at most "
              + MAX_FILE_NAME_LENGTH
              + " are accepted.");
    }
    return base;
  }

  private static boolean disallowed(int c) {
    return Character.isISOControl(c)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F;
  }

  private static ApiProblem invalidName(String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-file-name", "Invalid file name", detail);
  }
}
