package vn.dvc.registry.trafficfines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment on the wire. The decision number travels in the body, not the path: it holds a slash
 * and non-ASCII letters.
 */
record FinePayment(String decisionNo, LocalDate paidOn) {

  FinePayment {
    Objects.requireNonNull(decisionNo, "decisionNo");
    Objects.requireNonNull(paidOn, "paidOn");
  }
}
