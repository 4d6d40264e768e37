package vn.dvc.registry.electricity;

import java.util.Objects;
import vn.dvc.population.Pin;

/** The body of a transfer on the wire. */
record ContractTransfer(Pin newCustomerPin) {

  ContractTransfer {
    Objects.requireNonNull(newCustomerPin, "newCustomerPin");
  }
}
