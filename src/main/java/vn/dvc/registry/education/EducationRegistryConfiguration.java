package vn.dvc.registry.education;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;
import vn.dvc.sandbox.SandboxData;

@Configuration(proxyBeanMethods = false)
class EducationRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "education", implementation = SANDBOX)
  EducationRegistry sandboxEducationRegistry(JdbcTemplate jdbc, SandboxData data) {
    return SandboxEducationRegistry.loaded(jdbc, data);
  }

  @Bean
  @ConditionalOnRegistry(value = "education", implementation = HTTP)
  EducationRegistry httpEducationRegistry(RegistryHttpClients clients) {
    return new HttpEducationRegistry(clients.client("education"));
  }
}
