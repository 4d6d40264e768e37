package vn.dvc.registry.payment;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;

@Configuration(proxyBeanMethods = false)
class PaymentPlatformConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "payment-platform", implementation = SANDBOX)
  PaymentPlatform sandboxPaymentPlatform(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      SandboxPaymentPlatformProperties properties,
      Environment environment) {
    return new SandboxPaymentPlatform(jdbc, transactions, () -> properties.gatewayUrl(environment));
  }

  @Bean
  @ConditionalOnRegistry(value = "payment-platform", implementation = HTTP)
  PaymentPlatform httpPaymentPlatform(RegistryHttpClients clients) {
    return new HttpPaymentPlatform(clients.client(SandboxPaymentPlatform.REGISTRY));
  }
}
