package vn.dvc.registry.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Payment platform: cancel a payment request". Input {@code requestId}; output {@code
 * state}, the request's state afterwards: CANCELLED, or EXPIRED when it had expired. Keyed on
 * dossier and task, so a retried job cancels once. A request paid just before the cancellation (the
 * payer beat the deadline by a moment) is not an incident: the platform refuses to cancel it and
 * the output says PAID, for the process to take the payment rather than lose it.
 */
@Component("cancelPaymentRequest")
class CancelPaymentRequestDelegate implements JavaDelegate {

  private final PaymentPlatform platform;

  CancelPaymentRequestDelegate(PaymentPlatform platform) {
    this.platform = platform;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestId = RegistryTasks.text(execution, "requestId");
    PaymentState state;
    try {
      state = platform.cancel(requestId, RegistryTasks.writeKey(execution)).state();
    } catch (RegistryRejectedRequestException refused) {
      if (refused.status() != 409) {
        throw refused;
      }
      state =
          platform
              .findRequest(requestId)
              .filter(request -> request.state() == PaymentState.PAID)
              .map(PaymentRequest::state)
              .orElseThrow(() -> refused);
    }
    RegistryTasks.output(execution, "state", state.name());
  }
}
