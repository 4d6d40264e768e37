package vn.dvc.procedure.interlinkeddeath;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param baseSalaryMultiple the funeral allowance in base salaries (10: Social Insurance Law 2024,
 *     trợ cấp mai táng); configuration, so that a change of the law is not a new release
 */
@Validated
@ConfigurationProperties("dvc.funeral-allowance")
record FuneralAllowanceProperties(@DefaultValue("10") @Min(1) int baseSalaryMultiple) {}
