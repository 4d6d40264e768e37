package vn.dvc.dataquality;

import vn.dvc.population.Pin;

/** One conflict or gap found in the registries about one person, in plain language. */
public record DataIssue(DataIssueKind kind, Pin pin, String message) {}
