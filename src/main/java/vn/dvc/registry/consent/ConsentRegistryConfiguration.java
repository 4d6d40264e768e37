package vn.dvc.registry.consent;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;

@Configuration(proxyBeanMethods = false)
class ConsentRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "vneid-consent", implementation = SANDBOX)
  ConsentRegistry sandboxConsentRegistry(JdbcTemplate jdbc) {
    return SandboxConsentRegistry.loaded(jdbc);
  }

  @Bean
  @ConditionalOnRegistry(value = "vneid-consent", implementation = HTTP)
  ConsentRegistry httpConsentRegistry(RegistryHttpClients clients) {
    return new HttpConsentRegistry(clients.client("vneid-consent"));
  }
}
