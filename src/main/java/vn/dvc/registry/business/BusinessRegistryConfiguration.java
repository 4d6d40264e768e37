package vn.dvc.registry.business;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxData;

@Configuration(proxyBeanMethods = false)
class BusinessRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "business-registry", implementation = SANDBOX)
  BusinessRegistry sandboxBusinessRegistry(JdbcTemplate jdbc, SandboxData data) {
    return SandboxBusinessRegistry.loaded(jdbc, data);
  }

  @Bean
  @ConditionalOnRegistry(value = "business-registry", implementation = HTTP)
  BusinessRegistry httpBusinessRegistry(RegistryHttpClients clients) {
    return new HttpBusinessRegistry(clients.client("business-registry"));
  }
}
