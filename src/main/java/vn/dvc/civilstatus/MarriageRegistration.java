package vn.dvc.civilstatus;

import vn.dvc.population.Pin;

/** What a commune registers when it records a marriage. */
public record MarriageRegistration(String communeCode, Pin husbandPin, Pin wifePin) {}
