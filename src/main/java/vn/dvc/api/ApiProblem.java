package vn.dvc.api;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the HTTP status, a stable type slug (the {@code type} is {@code
 * /problems/<slug>}) and a message the portal can show the citizen.
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final Map<String, Object> properties;

  public ApiProblem(HttpStatus status, String type, String title, String detail) {
    this(status, type, title, detail, Map.of());
  }

  public ApiProblem(
      HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.properties = Map.copyOf(properties);
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

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
