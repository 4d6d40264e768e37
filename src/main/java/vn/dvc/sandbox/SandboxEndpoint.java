package vn.dvc.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller serving one sandbox registry over HTTP, under {@code /sandbox/<registry>}; present
 * unless {@code dvc.sandbox.server.enabled} is false. It reads the sandbox tables directly, not
 * through the registry port, so the server is neither audited as our access nor, when the port is
 * the HTTP client, a call to itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@ConditionalOnProperty(
    prefix = "dvc.sandbox.server",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
public @interface SandboxEndpoint {}
