package vn.dvc.civilstatus;

import vn.dvc.population.Pin;

/** The PIN population assigned to the child of a registered birth. */
public record BirthPinLink(String communeCode, String registrationNo, Pin childPin) {}
