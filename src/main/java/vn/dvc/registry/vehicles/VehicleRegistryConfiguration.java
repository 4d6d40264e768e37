package vn.dvc.registry.vehicles;

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
class VehicleRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "vehicles", implementation = SANDBOX)
  VehicleRegistry sandboxVehicleRegistry(
      JdbcTemplate jdbc,
      SandboxData data,
      AdministrativeUnits units,
      PlatformTransactionManager transactions) {
    return SandboxVehicleRegistry.loaded(jdbc, data, units, transactions);
  }

  @Bean
  @ConditionalOnRegistry(value = "vehicles", implementation = HTTP)
  VehicleRegistry httpVehicleRegistry(RegistryHttpClients clients) {
    return new HttpVehicleRegistry(clients.client("vehicles"));
  }
}
