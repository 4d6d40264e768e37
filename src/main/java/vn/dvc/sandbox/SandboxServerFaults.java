package vn.dvc.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the sandbox server behave like a real registry on a bad day: added latency and a share of
 * 503 answers, from the configuration or set at run time by a test rehearsing an outage.
 */
public class SandboxServerFaults extends OncePerRequestFilter {

  private volatile Duration latency;
  private volatile double errorRate;
  private final Duration configuredLatency;
  private final double configuredErrorRate;

  SandboxServerFaults(SandboxServerProperties properties) {
    this.configuredLatency = properties.latency();
    this.configuredErrorRate = properties.errorRate();
    reset();
  }

  /** From now on, answers take {@code latency} longer and {@code errorRate} of them fail. */
  public void simulate(Duration latency, double errorRate) {
    if (errorRate < 0 || errorRate > 1) {
      throw new IllegalArgumentException("The error rate is between 0 and 1");
    }
    this.latency = latency;
    this.errorRate = errorRate;
  }

  /** Back to the configured behaviour. */
  public void reset() {
    simulate(configuredLatency, configuredErrorRate);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/sandbox/")
        || request.getRequestURI().endsWith("/openapi.yaml");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Duration wait = latency;
    if (!wait.isZero()) {
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    double rate = errorRate;
    if (rate > 0 && ThreadLocalRandom.current().nextDouble() < rate) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response
          .getWriter()
          .write(
              "{\"type\":\"/problems/sandbox-simulated-outage\",\"title\":\"Service"
                  + " unavailable\",\"status\":503,\"detail\":\"Simulated outage of the sandbox"
                  + " registry\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
