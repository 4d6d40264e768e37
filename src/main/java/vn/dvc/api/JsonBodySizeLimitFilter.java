package vn.dvc.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON bodies above the limit with 413, from the declared length when there is one and
 * otherwise while reading, so that a chunked upload cannot make the server buffer it whole.
 * Multipart uploads have their own limits ({@code spring.servlet.multipart.*}).
 */
@Component
class JsonBodySizeLimitFilter extends OncePerRequestFilter {

  private final long limit;
  private final ObjectMapper json;

  JsonBodySizeLimitFilter(ApiProperties properties, ObjectMapper json) {
    this.limit = properties.maxJsonBody().toBytes();
    this.json = json;
  }

  /**
   * The payment platform's callbacks: that endpoint reads its raw body with the same cap itself, so
   * that an oversized callback is refused and still recorded in its callback log.
   */
  static final String PAYMENT_CALLBACKS = "/api/v1/payments/callbacks";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String contentType = request.getContentType();
    return !request.getRequestURI().startsWith("/api/")
        || request.getRequestURI().equals(PAYMENT_CALLBACKS)
        || (contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > limit) {
      reject(response);
      return;
    }
    chain.doFilter(new LimitedRequest(request, limit), response);
  }

  private void reject(HttpServletResponse response) throws IOException {
    ProblemDetail problem = tooLarge(limit);
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  static ProblemDetail tooLarge(long limit) {
    return Problems.of(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "payload-too-large",
        "Request too large",
        "The request body is larger than " + limit + " bytes.");
  }

  /** Thrown while reading once the body passes the limit; mapped to 413. */
  static class BodyTooLargeException extends IOException {
    final long limit;

    BodyTooLargeException(long limit) {
      super("Request body larger than " + limit + " bytes");
      this.limit = limit;
    }
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      ServletInputStream in = super.getInputStream();
      return new ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          if (b >= 0) {
            count(1);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = in.read(buffer, offset, length);
          if (n > 0) {
            count(n);
          }
          return n;
        }

        private void count(int n) throws BodyTooLargeException {
          read += n;
          if (read > limit) {
            throw new BodyTooLargeException(limit);
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }
}
