package vn.dvc.dataquality;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param birthsDigitisedSince the electronic civil-status register holds every birth from this date
 *     on; someone born later without a digitised record is a defect, someone born earlier is not
 */
@Validated
@ConfigurationProperties("dvc.data-quality")
record DataQualityProperties(@DefaultValue("1975-01-01") @NotNull LocalDate birthsDigitisedSince) {}
