package vn.dvc.registry.socialinsurance;

import java.time.LocalDate;
import vn.dvc.population.Pin;

/**
 * A pensioner, as the sandbox-only seeding endpoint takes it: the sandbox data holds none, so tests
 * and the demo add them. Not part of the port.
 */
record Pensioner(Pin pin, String socialInsuranceNo, LocalDate pensionFrom) {}
