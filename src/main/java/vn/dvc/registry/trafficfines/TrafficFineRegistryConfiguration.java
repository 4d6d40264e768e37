package vn.dvc.registry.trafficfines;

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
class TrafficFineRegistryConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "traffic-fines", implementation = SANDBOX)
  TrafficFineRegistry sandboxTrafficFineRegistry(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    return SandboxTrafficFineRegistry.loaded(jdbc, data, transactions);
  }

  @Bean
  @ConditionalOnRegistry(value = "traffic-fines", implementation = HTTP)
  TrafficFineRegistry httpTrafficFineRegistry(RegistryHttpClients clients) {
    return new HttpTrafficFineRegistry(clients.client("traffic-fines"));
  }
}
