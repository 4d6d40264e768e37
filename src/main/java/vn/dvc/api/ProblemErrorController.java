package vn.dvc.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page of the whole application ({@code server.error.path}) as problem+json, in place of
 * Spring Boot's error JSON and Whitelabel page: what reaches it was refused before a controller
 * could answer — by Spring Security's firewall (an encoded dot segment, a non-printable character
 * in the path), by a filter, or by a {@code sendError} of a servlet. The exception's message is
 * never shown: it may hold internals.
 */
@Controller
class ProblemErrorController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

  private final ObjectMapper json;
  private final MessageSource messages;

  ProblemErrorController(ObjectMapper json, MessageSource messages) {
    this.json = json;
    this.messages = messages;
  }

  @RequestMapping("${server.error.path:${error.path:/error}}")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value && value >= 400 ? value : 500;
    if (status >= 500) {
      log.error(
          "Unexpected error while serving {}",
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    }
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(
        response.getOutputStream(),
        Problems.ofStatus(status, messages, LocaleContextHolder.getLocale()));
  }
}
