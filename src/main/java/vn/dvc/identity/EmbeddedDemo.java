package vn.dvc.identity;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The one rule for "this is the embedded demo", where well-known demo secrets are acceptable: the
 * H2 database ({@code spring.datasource.url} starting {@code jdbc:h2:}) with the demo accounts on,
 * and neither the {@code postgres} nor the {@code keycloak} profile nor Keycloak sign-in. Anything
 * else is treated as production: {@link DefaultSecretsCheck} refuses to start with a default or
 * missing secret.
 */
public final class EmbeddedDemo {

  private EmbeddedDemo() {}

  public static boolean in(Environment environment) {
    return !environment.acceptsProfiles(Profiles.of("postgres | keycloak"))
        && !environment.getProperty("dvc.keycloak.enabled", Boolean.class, false)
        && environment.getProperty("dvc.demo-accounts.enabled", Boolean.class, false)
        && environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
  }
}
