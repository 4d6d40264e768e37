package vn.dvc.registry;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

class OnRegistryCondition implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Map<String, Object> attributes =
        metadata.getAnnotationAttributes(ConditionalOnRegistry.class.getName());
    String registry = (String) attributes.get("value");
    RegistriesProperties.Implementation wanted =
        (RegistriesProperties.Implementation) attributes.get("implementation");
    return implementationOf(context.getEnvironment(), registry) == wanted;
  }

  static RegistriesProperties.Implementation implementationOf(
      Environment environment, String registry) {
    String configured =
        environment.getProperty(
            "dvc.registries.overrides." + registry + ".implementation",
            environment.getProperty("dvc.registries.implementation", "sandbox"));
    return RegistriesProperties.Implementation.valueOf(
        configured.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
