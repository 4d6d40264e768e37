package vn.dvc.registry.payment;

import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.registry.ConditionalOnRegistry;

@Configuration(proxyBeanMethods = false)
class PaymentPlatformConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "payment-platform", implementation = SANDBOX)
  PaymentPlatform sandboxPaymentPlatform(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      @Value("${dvc.sandbox.payment-platform.gateway-url}") String gatewayUrl) {
    return new SandboxPaymentPlatform(jdbc, transactions, gatewayUrl);
  }
}
