package vn.dvc.registry.notarization;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;

@Configuration(proxyBeanMethods = false)
class NotarizationRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "notarization", implementation = SANDBOX)
  NotarizationRegistry sandboxNotarizationRegistry(
      JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    return SandboxNotarizationRegistry.loaded(jdbc, transactions);
  }

  @Bean
  @ConditionalOnRegistry(value = "notarization", implementation = HTTP)
  NotarizationRegistry httpNotarizationRegistry(RegistryHttpClients clients) {
    return new HttpNotarizationRegistry(clients.client("notarization"));
  }
}
