package vn.dvc.modelsecurity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Puts {@link ModelSecurityGuard} in front of the engine's deployers, so that it sees every
 * deployment whatever its path: {@code /engine-rest} (Camunda Modeler), the webapps, the Java API
 * and the application's own {@code ModelDeployment} at start.
 */
@Component
class ModelSecurityPlugin extends AbstractProcessEnginePlugin {

  private final ModelSecurityProperties properties;
  private final ApplicationContext context;

  ModelSecurityPlugin(ModelSecurityProperties properties, ApplicationContext context) {
    this.properties = properties;
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ModelSecurityGuard guard =
        new ModelSecurityGuard(
            new ExpressionPolicy(properties, this::beanClass),
            element -> dmnDefaultLanguage(configuration, element));
    List<Deployer> deployers = new ArrayList<>();
    deployers.add(guard);
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(deployers);
  }

  /**
   * The class of the bean an expression would reach by this name: the engine's Spring expression
   * manager resolves any bean of the context by name.
   */
  private Optional<String> beanClass(String name) {
    if (!context.containsBean(name)) {
      return Optional.empty();
    }
    // Not allowed to initialise factory beans: this runs while the context is still starting.
    Class<?> type = context.getType(name, false);
    return Optional.of(type == null ? "of unknown class" : ClassUtils.getUserClass(type).getName());
  }

  /** Read when a deployment comes: the DMN engine is configured after the plugins' preInit. */
  private static String dmnDefaultLanguage(
      ProcessEngineConfigurationImpl configuration, String element) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      return null;
    }
    return switch (element) {
      case "inputExpression" -> dmn.getDefaultInputExpressionExpressionLanguage();
      case "inputEntry" -> dmn.getDefaultInputEntryExpressionLanguage();
      case "outputEntry" -> dmn.getDefaultOutputEntryExpressionLanguage();
      case "literalExpression" -> dmn.getDefaultLiteralExpressionLanguage();
      default -> null;
    };
  }
}
