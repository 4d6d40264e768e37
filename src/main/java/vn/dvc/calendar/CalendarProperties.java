package vn.dvc.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Defaults are the rules of the procedures reference, so that the application needs no
 * configuration to count deadlines as the law says.
 *
 * @param location a Spring resource location prefix such as {@code classpath:calendar/} or {@code
 *     file:/etc/dvc/calendar/}, holding files named {@code holidays-<year>.json}
 * @param cutOff a dossier received strictly later than this local time counts from the next working
 *     day
 * @param endOfWorkingDay the local time at which a deadline day ends
 * @param zone the time zone of receipt times and deadlines
 */
@Validated
@ConfigurationProperties("dvc.calendar")
public record CalendarProperties(
    @DefaultValue("classpath:calendar/") @NotBlank String location,
    @DefaultValue("15:00") @NotNull LocalTime cutOff,
    @DefaultValue("17:00") @NotNull LocalTime endOfWorkingDay,
    @DefaultValue("Asia/Ho_Chi_Minh") @NotNull ZoneId zone) {}
