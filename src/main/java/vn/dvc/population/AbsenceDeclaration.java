package vn.dvc.population;

import java.time.LocalDate;

/**
 * What a citizen declares when leaving the commune of permanent residence for a while (khai báo tạm
 * vắng): from when until when, where to — a commune ({@code destinationCommuneCode}) or a country
 * abroad ({@code abroadCountry}, ISO 3166 alpha-2) — and why.
 */
public record AbsenceDeclaration(
    LocalDate absentFrom,
    LocalDate absentUntil,
    String destinationCommuneCode,
    String abroadCountry,
    String reason) {}
