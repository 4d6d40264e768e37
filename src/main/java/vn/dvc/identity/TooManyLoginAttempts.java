package vn.dvc.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import vn.dvc.api.Problems;

/** The 429 answer to a password attempt from a source that must wait, with {@code Retry-After}. */
final class TooManyLoginAttempts {

  private TooManyLoginAttempts() {}

  static void write(HttpServletResponse response, ObjectMapper json, Duration wait)
      throws IOException {
    long seconds = LoginThrottle.seconds(wait);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(
        response.getOutputStream(),
        Problems.of(
            HttpStatus.TOO_MANY_REQUESTS,
            "too-many-login-attempts",
            "Too many wrong passwords",
            "Too many wrong passwords for this account from your address; try again in "
                + seconds
                + " s."));
  }
}
