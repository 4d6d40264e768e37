package vn.dvc.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import vn.dvc.api.Problems;

/**
 * Puts {@link LoginThrottle} in front of the webapps' own login form ({@code POST
 * /camunda/api/admin/auth/user/{engine}/login/{app}}, Camunda's UserAuthenticationResource): a
 * source that has sent too many wrong passwords for the account gets 429 before the engine checks
 * another; the answer (200 signed in, 401 wrong password) counts for or against it.
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

  private static final Pattern LOGIN =
      Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

  /** A login form is a user name and a password; anything longer is not one. */
  private static final int MAX_FORM_BYTES = 16 * 1024;

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  private final LoginThrottle throttle;
  private final ObjectMapper json;

  WebappLoginThrottleFilter(LoginThrottle throttle, ObjectMapper json) {
    this.throttle = throttle;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !LOGIN.matcher(PATHS.getPathWithinApplication(request)).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] form = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
    if (form.length > MAX_FORM_BYTES) {
      response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(
          response.getOutputStream(),
          Problems.of(
              HttpStatus.PAYLOAD_TOO_LARGE,
              "payload-too-large",
              "Login form too large",
              "A login form is larger than " + MAX_FORM_BYTES + " bytes."));
      return;
    }
    Charset charset =
        request.getCharacterEncoding() == null
            ? StandardCharsets.UTF_8
            : Charset.forName(request.getCharacterEncoding());
    String user = field(new String(form, StandardCharsets.ISO_8859_1), "username", charset);
    String source = request.getRemoteAddr();
    Optional<Duration> wait = throttle.waitBeforeTrying(source, user);
    if (wait.isPresent()) {
      TooManyLoginAttempts.write(response, json, wait.get());
      return;
    }
    chain.doFilter(new WithBody(request, form), response);
    // 403 (right password, app not allowed, or no CSRF token) neither clears nor counts.
    if (response.getStatus() == HttpStatus.OK.value()) {
      throttle.succeeded(source, user);
    } else if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(source, user);
    }
  }

  /** The first value of {@code name} in a URL-encoded form (read as Latin-1, byte for char). */
  private static String field(String form, String name, Charset charset) {
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (name.equals(key)) {
        String raw = equals < 0 ? "" : pair.substring(equals + 1);
        try {
          return URLDecoder.decode(
              new String(raw.getBytes(StandardCharsets.ISO_8859_1), charset), charset);
        } catch (IllegalArgumentException malformed) {
          return raw;
        }
      }
    }
    return "";
  }

  /**
   * The request with its body readable again. Hand-written: Spring's ContentCachingRequestWrapper
   * keeps what the application reads but cannot give the body to the application a second time.
   */
  private static final class WithBody extends HttpServletRequestWrapper {

    private final byte[] body;

    WithBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          // As the servlet API says for a request that is not asynchronous.
          throw new IllegalStateException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      Charset charset =
          getCharacterEncoding() == null
              ? StandardCharsets.UTF_8
              : Charset.forName(getCharacterEncoding());
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }
}
