package vn.dvc.payment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Fee collection.
 *
 * @param callbackSecret the secret shared with the payment platform, which signs its callbacks with
 *     it (HMAC-SHA256); the embedded default's is a demo value
 * @param callbackTolerance how old a callback's signed timestamp may be; older ones are refused as
 *     replays
 * @param paymentPeriod how long the citizen has to pay; a dossier not paid in time is not accepted
 */
@Validated
@ConfigurationProperties("dvc.payments")
public record PaymentsProperties(
    @NotNull @Size(min = 16) String callbackSecret,
    @DefaultValue("PT5M") @NotNull Duration callbackTolerance,
    @DefaultValue("P3D") @NotNull Period paymentPeriod) {}
