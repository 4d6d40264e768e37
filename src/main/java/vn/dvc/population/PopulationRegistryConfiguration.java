package vn.dvc.population;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxData;

@Configuration(proxyBeanMethods = false)
class PopulationRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "population", implementation = SANDBOX)
  PopulationRegistry sandboxPopulationRegistry(
      JdbcTemplate jdbc,
      SandboxData data,
      AdministrativeUnits units,
      PlatformTransactionManager transactions) {
    return SandboxPopulationRegistry.loaded(jdbc, data, units, transactions);
  }

  @Bean
  @ConditionalOnRegistry(value = "population", implementation = HTTP)
  PopulationRegistry httpPopulationRegistry(RegistryHttpClients clients) {
    return new HttpPopulationRegistry(clients.client("population"));
  }
}
