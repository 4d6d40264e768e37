package vn.dvc.adminunit;

import java.util.List;

/** A commune or ward after the 2025 reform, with the pre-reform names it absorbed. */
public record Commune(
    String code,
    String name,
    String provinceCode,
    String legacyDistrict,
    List<String> legacyCommunes) {}
