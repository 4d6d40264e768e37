package vn.dvc.sla;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param dueSoonWorkingDays a dossier due within this many working days is "due soon" and warned
 * @param metricsRefresh how often the SLA gauges are recomputed from the database
 */
@Validated
@ConfigurationProperties("dvc.sla")
record SlaProperties(@Min(0) int dueSoonWorkingDays, @NotNull Duration metricsRefresh) {}
