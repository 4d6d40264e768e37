package vn.dvc.registry.drivinglicences;

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
class DrivingLicenceRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "driving-licences", implementation = SANDBOX)
  DrivingLicenceRegistry sandboxDrivingLicenceRegistry(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    return SandboxDrivingLicenceRegistry.loaded(jdbc, data, transactions);
  }

  @Bean
  @ConditionalOnRegistry(value = "driving-licences", implementation = HTTP)
  DrivingLicenceRegistry httpDrivingLicenceRegistry(RegistryHttpClients clients) {
    return new HttpDrivingLicenceRegistry(clients.client("driving-licences"));
  }
}
