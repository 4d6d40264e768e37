package vn.dvc.registry.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.registry.RegistryTasks;

/**
 * Template "Payment platform: read the state of a payment request". Input {@code requestId};
 * outputs {@code state}, {@code paidAmountVnd} and {@code transactionRef} (both null until paid). A
 * request the platform does not hold is an incident: the id comes from creating it.
 */
@Component("readPaymentRequest")
class ReadPaymentRequestDelegate implements JavaDelegate {

  private final PaymentPlatform platform;

  ReadPaymentRequestDelegate(PaymentPlatform platform) {
    this.platform = platform;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requestId = RegistryTasks.text(execution, "requestId");
    PaymentRequest request =
        platform
            .findRequest(requestId)
            .orElseThrow(
                () ->
                    new RegistryRecordNotFoundException(
                        SandboxPaymentPlatform.REGISTRY,
                        "no payment request "
                            + requestId
                            + " (task "
                            + execution.getCurrentActivityId()
                            + ")"));
    RegistryTasks.output(execution, "state", request.state().name());
    RegistryTasks.output(execution, "paidAmountVnd", request.paidAmountVnd());
    RegistryTasks.output(execution, "transactionRef", request.transactionRef());
  }
}
