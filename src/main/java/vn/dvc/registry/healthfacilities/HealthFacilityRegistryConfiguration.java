package vn.dvc.registry.healthfacilities;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxData;

@Configuration(proxyBeanMethods = false)
class HealthFacilityRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "health-facilities", implementation = SANDBOX)
  HealthFacilityRegistry sandboxHealthFacilityRegistry(JdbcTemplate jdbc, SandboxData data) {
    return SandboxHealthFacilityRegistry.loaded(jdbc, data);
  }

  @Bean
  @ConditionalOnRegistry(value = "health-facilities", implementation = HTTP)
  HealthFacilityRegistry httpHealthFacilityRegistry(RegistryHttpClients clients) {
    return new HttpHealthFacilityRegistry(clients.client("health-facilities"));
  }
}
