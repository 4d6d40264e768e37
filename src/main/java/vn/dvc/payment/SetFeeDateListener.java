package vn.dvc.payment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.dvc.time.EngineClock;

/**
 * Gives the fee decision {@code feeDate}, today in Vietnam by the engine's clock (ISO date). FEEL's
 * {@code today()} reads the system clock and the server's zone: a fee that changes on a date would
 * follow neither the engine's clock in tests nor Vietnam's midnight.
 */
@Component("setFeeDate")
class SetFeeDateListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    FeeVariables.FEE_DATE.on(execution).set(EngineClock.today().toString());
  }
}
