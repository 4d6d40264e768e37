package vn.dvc.api;

import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the HTTP status, a stable type slug (the {@code type} is {@code
 * /problems/<slug>}) and a message the portal can show the citizen. The title and the detail are
 * resolved in the request's language ({@code messages*.properties}) when the problem is answered:
 * the code that refuses does not know who reads the answer.
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final MessageSourceResolvable title;
  private final MessageSourceResolvable detail;
  private final Map<String, Object> properties;

  /** A problem whose texts are already written (used where no bundle key exists yet). */
  public ApiProblem(HttpStatus status, String type, String title, String detail) {
    this(status, type, title, detail, Map.of());
  }

  public ApiProblem(
      HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
    this(status, type, literal(title), literal(detail), properties);
  }

  private ApiProblem(
      HttpStatus status,
      String type,
      MessageSourceResolvable title,
      MessageSourceResolvable detail,
      Map<String, Object> properties) {
    super(detail.getDefaultMessage() != null ? detail.getDefaultMessage() : codeOf(detail));
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.properties = Map.copyOf(properties);
  }

  /**
   * A problem told from the bundles: the title is {@code problem.<type>.title}, the detail {@code
   * problem.<type>.detail} with the arguments ({@code {0}}, …; an argument may itself be a {@link
   * MessageSourceResolvable}, e.g. {@link #text}).
   */
  public static ApiProblem of(HttpStatus status, String type, Object... detailArguments) {
    return new ApiProblem(
        status,
        type,
        text("problem." + type + ".title"),
        text("problem." + type + ".detail", detailArguments),
        Map.of());
  }

  /** The same problem with the detail of another key, e.g. {@code problem.invalid-data.schema}. */
  public ApiProblem detail(String code, Object... arguments) {
    return new ApiProblem(status, type, title, text(code, arguments), properties);
  }

  /** The same problem with the title of another key (many intake checks share one title). */
  public ApiProblem title(String code) {
    return new ApiProblem(status, type, text(code), detail, properties);
  }

  /** The same problem with extra members of the problem+json (never language-dependent). */
  public ApiProblem with(Map<String, Object> moreProperties) {
    Map<String, Object> all = new java.util.HashMap<>(properties);
    all.putAll(moreProperties);
    return new ApiProblem(status, type, title, detail, all);
  }

  /** A text of the bundles, as an argument of another (a party's name inside a detail). */
  public static MessageSourceResolvable text(String code, Object... arguments) {
    return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
  }

  private static MessageSourceResolvable literal(String text) {
    return new DefaultMessageSourceResolvable(null, null, text);
  }

  private static String codeOf(MessageSourceResolvable text) {
    return text.getCodes() == null ? null : text.getCodes()[0];
  }

  /** A query parameter the caller can correct. */
  public static ApiProblem invalidQuery(String message) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-query", "Invalid query", message);
  }

  public static ApiProblem forbidden(String message) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", message);
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }

  /** The title and the detail, for the answer in the request's language. */
  public MessageSourceResolvable titleText() {
    return title;
  }

  public MessageSourceResolvable detailText() {
    return detail;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
