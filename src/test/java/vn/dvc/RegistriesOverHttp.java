package vn.dvc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The application with every registry port on its HTTP client, talking to the application's own
 * sandbox server: the configuration of production, with the sandbox behind HTTP.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DvcSpringBootTest
@TestPropertySource(
    properties = {
      "dvc.registries.implementation=http",
      // Outage tests fail a job several times; the circuit must not outlast the outage in them.
      "dvc.registries.http.failure-threshold=50",
      // A second engine in the test JVM, beside the shared context's. Camunda's REST API finds its
      // engine by name in a static registry, so under the same name this one would answer the
      // shared context's /engine-rest calls (without their caller's tenants) once it exists.
      "camunda.bpm.process-engine-name=overHttp"
    })
public @interface RegistriesOverHttp {}
