package vn.dvc.registry.electricity;

import vn.dvc.population.Pin;

/**
 * An electricity purchase contract for one supply address. {@code meterNo} is null for a new
 * connection until its meter is installed.
 */
public record ElectricityContract(
    String contractNo,
    Pin customerPin,
    String communeCode,
    String address,
    String meterNo,
    String supplier) {}
