package vn.dvc.identity;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param enabled create the demo officers, chairs, supervisor and analyst at start-up
 * @param password their common password (the README lists the accounts)
 */
@Validated
@ConfigurationProperties("dvc.demo-accounts")
record DemoAccountsProperties(boolean enabled, @NotBlank String password) {}
