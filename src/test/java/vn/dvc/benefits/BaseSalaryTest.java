package vn.dvc.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.dvc.benefits.BaseSalaryProperties.Level;

class BaseSalaryTest {

  private static final LocalDate DECREE_73 = LocalDate.of(2024, 7, 1);

  private final BaseSalary twoLevels =
      new BaseSalary(
          new BaseSalaryProperties(
              List.of(
                  // Deliberately out of order: the configuration need not be sorted.
                  new Level(DECREE_73, 2_340_000),
                  new Level(LocalDate.of(2023, 7, 1), 1_800_000))));

  @Test
  void answersTheLevelInForceOnTheDay() {
    assertThat(twoLevels.amountVndOn(LocalDate.of(2024, 6, 30))).isEqualTo(1_800_000);
    assertThat(twoLevels.amountVndOn(DECREE_73)).isEqualTo(2_340_000);
    assertThat(twoLevels.amountVndOn(LocalDate.of(2026, 11, 20))).isEqualTo(2_340_000);
  }

  @Test
  void refusesADayBeforeTheFirstLevelNamingTheFirstEffectiveDate() {
    assertThatThrownBy(() -> twoLevels.amountVndOn(LocalDate.of(2023, 6, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-06-30")
        .hasMessageContaining("takes effect on 2023-07-01");
  }

  @Test
  void refusesTwoLevelsEffectiveTheSameDay() {
    BaseSalaryProperties twiceOnOneDay =
        new BaseSalaryProperties(
            List.of(new Level(DECREE_73, 2_340_000), new Level(DECREE_73, 2_500_000)));

    assertThatThrownBy(() -> new BaseSalary(twiceOnOneDay))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2 levels effective from 2024-07-01");
  }

  private final ApplicationContextRunner application =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ConfigurationPropertiesAutoConfiguration.class,
                  ValidationAutoConfiguration.class))
          .withUserConfiguration(Binding.class);

  @Test
  void defaultIsDecree73FromTheApplicationConfiguration() {
    application
        .withInitializer(new ConfigDataApplicationContextInitializer())
        .run(
            context -> {
              BaseSalary baseSalary = context.getBean(BaseSalary.class);
              assertThat(baseSalary.amountVndOn(DECREE_73)).isEqualTo(2_340_000);
              assertThatThrownBy(() -> baseSalary.amountVndOn(DECREE_73.minusDays(1)))
                  .isInstanceOf(IllegalArgumentException.class);
            });
  }

  @Test
  void anAdministratorAddsALevelInTheConfiguration() {
    application
        .withPropertyValues(
            "dvc.base-salary.levels[0].effective-from=2024-07-01",
            "dvc.base-salary.levels[0].amount-vnd=2340000",
            "dvc.base-salary.levels[1].effective-from=2026-07-01",
            "dvc.base-salary.levels[1].amount-vnd=2530000")
        .run(
            context -> {
              BaseSalary baseSalary = context.getBean(BaseSalary.class);
              assertThat(baseSalary.amountVndOn(LocalDate.of(2026, 6, 30))).isEqualTo(2_340_000);
              assertThat(baseSalary.amountVndOn(LocalDate.of(2026, 7, 1))).isEqualTo(2_530_000);
            });
  }

  @Test
  void applicationDoesNotStartWithoutALevelOrWithANonPositiveAmount() {
    application.run(context -> assertThat(context).hasFailed());
    application
        .withPropertyValues(
            "dvc.base-salary.levels[0].effective-from=2024-07-01",
            "dvc.base-salary.levels[0].amount-vnd=0")
        .run(
            context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("amountVnd"));
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(BaseSalaryProperties.class)
  @Import(BaseSalary.class)
  static class Binding {}
}
