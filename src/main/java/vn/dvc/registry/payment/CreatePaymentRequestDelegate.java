package vn.dvc.registry.payment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Payment platform: create a payment request". Inputs {@code amountVnd} (whole đồng),
 * {@code payerPin}, {@code description} and {@code expiresAt} (a date, or ISO date-time text with
 * its offset); outputs {@code requestId}, {@code payUrl} and {@code state}. Keyed on dossier and
 * task: a retried job gets the request made the first time, never a second one to pay.
 */
@Component("createPaymentRequest")
class CreatePaymentRequestDelegate implements JavaDelegate {

  private final PaymentPlatform platform;

  CreatePaymentRequestDelegate(PaymentPlatform platform) {
    this.platform = platform;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PaymentRequest request =
        platform.requestPayment(
            new NewPaymentRequest(
                RegistryTasks.dossierCode(execution),
                amount(execution),
                RegistryTasks.pin(execution, "payerPin"),
                RegistryTasks.text(execution, "description"),
                expiresAt(execution)),
            RegistryTasks.writeKey(execution));
    RegistryTasks.output(execution, "requestId", request.requestId());
    RegistryTasks.output(execution, "payUrl", request.payUrl());
    RegistryTasks.output(execution, "state", request.state().name());
  }

  /** Whole đồng as a number or its digits; anything else is a modelling error, not a default. */
  private static long amount(DelegateExecution execution) {
    Object value = execution.getVariable("amountVnd");
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    String text = RegistryTasks.text(execution, "amountVnd");
    if (!text.matches("\\d{1,15}")) {
      throw new IllegalArgumentException(
          "The input 'amountVnd' of task "
              + execution.getCurrentActivityId()
              + " is '"
              + text
              + "', not a whole number of đồng");
    }
    return Long.parseLong(text);
  }

  /** A date from an expression (a timer's or the dossier clock's), or ISO text with an offset. */
  private static Instant expiresAt(DelegateExecution execution) {
    Object value = execution.getVariable("expiresAt");
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = RegistryTasks.text(execution, "expiresAt");
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "The input 'expiresAt' of task "
              + execution.getCurrentActivityId()
              + " is '"
              + text
              + "', not a date-time with its offset like 2026-12-11T17:00:00+07:00",
          e);
    }
  }
}
