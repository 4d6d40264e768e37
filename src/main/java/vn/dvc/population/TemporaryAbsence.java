package vn.dvc.population;

import java.time.LocalDate;

/**
 * A temporary absence as population records it on the citizen: its number, the commune of permanent
 * residence the citizen is absent from, the declaration, and the day it was recorded.
 */
public record TemporaryAbsence(
    String absenceNo,
    Pin pin,
    String residenceCommuneCode,
    AbsenceDeclaration declaration,
    LocalDate recordedOn) {}
