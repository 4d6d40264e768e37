package vn.dvc.identity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How wrong passwords slow down the source that sends them ({@link LoginThrottle}).
 *
 * @param freeFailures wrong passwords from one source for one account before it must wait
 * @param firstDelay the wait after {@code freeFailures}; it doubles with every further failure
 * @param maxDelay the longest wait
 * @param forgetAfter a source's failures for an account are forgotten this long after the last
 * @param maxEntries (source, account) pairs remembered per node; beyond, the oldest are dropped
 */
@Validated
@ConfigurationProperties("dvc.login-throttle")
record LoginThrottleProperties(
    @DefaultValue("5") @Min(1) int freeFailures,
    @DefaultValue("1s") @NotNull Duration firstDelay,
    @DefaultValue("15m") @NotNull Duration maxDelay,
    @DefaultValue("24h") @NotNull Duration forgetAfter,
    @DefaultValue("100000") @Min(1) long maxEntries) {}
