package vn.dvc.registry.trafficfines;

import java.util.Objects;

/**
 * The authority that issued a penalty decision: a province's traffic police, whose officers handle
 * a problem with the payment of its fines.
 *
 * @param provinceCode the province's two-digit code, as in the administrative units
 * @param name its name in Vietnamese, e.g. "Phòng Cảnh sát giao thông Công an tỉnh Nghệ An"
 */
public record IssuingAuthority(String provinceCode, String name) {

  public IssuingAuthority {
    Objects.requireNonNull(provinceCode, "provinceCode");
    Objects.requireNonNull(name, "name");
  }
}
