/**
 * The declarative intake checks every procedure's intake is written with: what a dossier's {@code
 * data} declares, read through {@link vn.dvc.procedure.intake.Declared} and checked against the
 * registries in one line each — "this PIN is a known living citizen other than the applicant"
 * ({@code declared.pin("partnerPin", PARTNER).notApplicant(…).knownCitizen().alive(…)}), "these
 * PINs are known living citizens" ({@code declared.pins("toPins", RECEIVER)}), "this date is not in
 * the future nor before that one" ({@code declared.date("dateOfDeath", …).notInFuture(…)
 * .notBefore(…)}), "the commune exists" and the commune a dossier is filed at. Each check refuses
 * with the 400/422 {@link vn.dvc.api.ApiProblem} the portal acts on, its type named after the
 * {@link vn.dvc.procedure.intake.Party} concerned ({@code unknown-partner}, {@code
 * partner-deceased}, …), before anything is written. What JSON Schema can express (enums, minItems,
 * uniqueItems, patterns) is in the procedures' schemas ({@code catalogue/schemas/}), checked before
 * the intake runs; these checks are what it cannot.
 */
package vn.dvc.procedure.intake;
