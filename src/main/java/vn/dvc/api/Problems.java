package vn.dvc.api;

import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details with the project's stable type URIs. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + type));
    problem.setTitle(title);
    return problem;
  }

  /**
   * The type slug of a problem that only an HTTP status describes, e.g. {@code not-found}: the same
   * for Spring's own problems, the error page and the container's refusals.
   */
  static String slug(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? "http-" + status : known.name().toLowerCase().replace('_', '-');
  }

  /**
   * A problem for a request refused before any of our code could say why (by the servlet container,
   * the firewall or the error page): the status and a plain-language reason.
   */
  static ProblemDetail ofStatus(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "HTTP " + status : known.getReasonPhrase();
    return of(HttpStatusCode.valueOf(status), slug(status), title, reason(status));
  }

  /**
   * The same problem in the request's language: {@code problem.http-<status>.title} and {@code
   * .detail} of the bundles ({@code problem.http-5xx} for a server error), the English above when
   * neither bundle knows the status.
   */
  static ProblemDetail ofStatus(int status, MessageSource messages, Locale locale) {
    ProblemDetail english = ofStatus(status);
    String key = "problem.http-" + (status >= 500 && status != 503 ? "5xx" : status);
    english.setTitle(messages.getMessage(key + ".title", null, english.getTitle(), locale));
    english.setDetail(
        messages.getMessage(
            key + ".detail", new Object[] {String.valueOf(status)}, english.getDetail(), locale));
    return english;
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 ->
          "The request cannot be read: its address, headers or body are malformed (for example"
              + " an encoded slash, a NUL or an invalid percent-encoding in the path) or too"
              + " large. Nothing was changed.";
      case 401 -> "Sign in to use this service.";
      case 403 -> "You may not do this.";
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not accept this method.";
      case 413 -> "The request is larger than this service accepts. Nothing was changed.";
      case 414 -> "The address is longer than this service accepts.";
      case 415 -> "This address does not accept this content type.";
      case 431 -> "The request headers are larger than this service accepts.";
      case 503 -> "The service is not available right now; please try again later.";
      default ->
          status >= 500
              ? "Something went wrong on our side; nothing was changed. Please try again later."
              : "The request was refused (HTTP " + status + ").";
    };
  }
}
