package vn.dvc.registry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Registers the bean only when {@code registry} is configured to use {@code implementation}: {@code
 * dvc.registries.overrides.<registry>.implementation}, else {@code dvc.registries.implementation},
 * else the sandbox.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnRegistryCondition.class)
public @interface ConditionalOnRegistry {

  String value();

  RegistriesProperties.Implementation implementation();
}
