package vn.dvc.registry.vehicles;

import vn.dvc.population.Pin;

/** A registered vehicle; {@code vehicleType} is the registry's {@code type}, e.g. MOTORBIKE. */
public record Vehicle(
    String plate,
    Pin ownerPin,
    String vehicleType,
    String brand,
    String frameNo,
    String engineNo) {}
