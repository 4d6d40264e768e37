package vn.dvc.registry.land;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxData;

@Configuration(proxyBeanMethods = false)
class LandRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "land", implementation = SANDBOX)
  LandRegistry sandboxLandRegistry(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    return SandboxLandRegistry.loaded(jdbc, data, transactions);
  }

  @Bean
  @ConditionalOnRegistry(value = "land", implementation = HTTP)
  LandRegistry httpLandRegistry(RegistryHttpClients clients) {
    return new HttpLandRegistry(clients.client("land"));
  }
}
