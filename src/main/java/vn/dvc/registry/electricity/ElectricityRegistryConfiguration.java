package vn.dvc.registry.electricity;

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
class ElectricityRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "electricity", implementation = SANDBOX)
  ElectricityRegistry sandboxElectricityRegistry(
      JdbcTemplate jdbc,
      SandboxData data,
      AdministrativeUnits units,
      PlatformTransactionManager transactions) {
    return SandboxElectricityRegistry.loaded(jdbc, data, units, transactions);
  }

  @Bean
  @ConditionalOnRegistry(value = "electricity", implementation = HTTP)
  ElectricityRegistry httpElectricityRegistry(RegistryHttpClients clients) {
    return new HttpElectricityRegistry(clients.client("electricity"));
  }
}
