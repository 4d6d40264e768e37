package vn.dvc.api;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemJsonErrorReportValve} in place of the error report valve that Tomcat and
 * Spring Boot give the host. Runs after Spring Boot's own customizer, which adds its valve to the
 * host from a context customizer (the context's parent is the host at that point).
 */
@Configuration
class TomcatErrorReportConfiguration
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Host host = (Host) context.getParent();
          for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
              host.getPipeline().removeValve(valve);
            }
          }
          host.getPipeline().addValve(new ProblemJsonErrorReportValve());
          // Or the host adds Tomcat's own valve again when it starts.
          if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
          }
        });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
