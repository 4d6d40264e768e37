package vn.dvc.registry.socialinsurance;

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
class SocialInsuranceRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "social-insurance", implementation = SANDBOX)
  SocialInsuranceRegistry sandboxSocialInsuranceRegistry(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, SandboxData data) {
    return SandboxSocialInsuranceRegistry.loaded(jdbc, transactions, data);
  }

  @Bean
  @ConditionalOnRegistry(value = "social-insurance", implementation = HTTP)
  SocialInsuranceRegistry httpSocialInsuranceRegistry(RegistryHttpClients clients) {
    return new HttpSocialInsuranceRegistry(clients.client("social-insurance"));
  }
}
