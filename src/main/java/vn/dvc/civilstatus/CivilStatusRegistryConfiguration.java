package vn.dvc.civilstatus;

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
class CivilStatusRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "civil-status", implementation = SANDBOX)
  CivilStatusRegistry sandboxCivilStatusRegistry(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    return SandboxCivilStatusRegistry.loaded(jdbc, data, transactions);
  }

  @Bean
  @ConditionalOnRegistry(value = "civil-status", implementation = HTTP)
  CivilStatusRegistry httpCivilStatusRegistry(RegistryHttpClients clients) {
    return new HttpCivilStatusRegistry(clients.client("civil-status"));
  }
}
