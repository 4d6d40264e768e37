package vn.dvc.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as problem+json instead of its HTML page. Tomcat answers some requests
 * before any servlet or filter runs — an encoded slash, a NUL or an invalid percent-encoding in the
 * path, a header or URL over {@code server.max-http-request-header-size} — and renders those with
 * the host's error report valve; so does any error left without a body. Everything else reaches
 * Spring's error page ({@link ProblemErrorController}) or the webapps' and the engine REST's own
 * error handling first, and is left alone here.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    // The same guards as Tomcat's own report: only an error without a body yet, reported once,
    // on a connection that can still be written.
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(Problems.ofStatus(status)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException connectionGone) {
      // Nothing more can be told to this client.
    }
  }
}
