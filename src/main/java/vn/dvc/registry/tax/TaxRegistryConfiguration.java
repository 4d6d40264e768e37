package vn.dvc.registry.tax;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;

@Configuration(proxyBeanMethods = false)
class TaxRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "tax", implementation = SANDBOX)
  TaxRegistry sandboxTaxRegistry(JdbcTemplate jdbc) {
    return SandboxTaxRegistry.loaded(jdbc);
  }

  @Bean
  @ConditionalOnRegistry(value = "tax", implementation = HTTP)
  TaxRegistry httpTaxRegistry(RegistryHttpClients clients) {
    return new HttpTaxRegistry(clients.client("tax"));
  }
}
