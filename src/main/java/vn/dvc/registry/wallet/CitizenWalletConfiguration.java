package vn.dvc.registry.wallet;

import static vn.dvc.registry.RegistriesProperties.Implementation.HTTP;
import static vn.dvc.registry.RegistriesProperties.Implementation.SANDBOX;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.registry.ConditionalOnRegistry;
import vn.dvc.registry.RegistryHttpClients;

@Configuration(proxyBeanMethods = false)
class CitizenWalletConfiguration {

  @Bean
  @ConditionalOnRegistry(value = "vneid-wallet", implementation = SANDBOX)
  CitizenWallet sandboxCitizenWallet(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    return SandboxCitizenWallet.loaded(jdbc, transactions);
  }

  @Bean
  @ConditionalOnRegistry(value = "vneid-wallet", implementation = HTTP)
  CitizenWallet httpCitizenWallet(RegistryHttpClients clients) {
    return new HttpCitizenWallet(clients.client("vneid-wallet"));
  }
}
