package vn.dvc.registry.criminalrecords;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxData;

@Configuration(proxyBeanMethods = false)
class CriminalRecordRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "criminal-records", implementation = SANDBOX)
  CriminalRecordRegistry sandboxCriminalRecordRegistry(JdbcTemplate jdbc, SandboxData data) {
    return SandboxCriminalRecordRegistry.loaded(jdbc, data);
  }

  @Bean
  @ConditionalOnRegistry(value = "criminal-records", implementation = HTTP)
  CriminalRecordRegistry httpCriminalRecordRegistry(RegistryHttpClients clients) {
    return new HttpCriminalRecordRegistry(clients.client("criminal-records"));
  }
}
