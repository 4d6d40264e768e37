package vn.dvc.registry.healthinsurance;

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
class HealthInsuranceRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "health-insurance", implementation = SANDBOX)
  HealthInsuranceRegistry sandboxHealthInsuranceRegistry(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, SandboxData data) {
    return SandboxHealthInsuranceRegistry.loaded(jdbc, transactions, data);
  }

  @Bean
  @ConditionalOnRegistry(value = "health-insurance", implementation = HTTP)
  HealthInsuranceRegistry httpHealthInsuranceRegistry(RegistryHttpClients clients) {
    return new HttpHealthInsuranceRegistry(clients.client("health-insurance"));
  }
}
