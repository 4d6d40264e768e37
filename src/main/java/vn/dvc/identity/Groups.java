package vn.dvc.identity;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The group naming convention. BPMN candidate groups use it literally, for example {@code
 * commune-${communeCode}-civil-status}, so renaming a group means changing the models too.
 */
public final class Groups {

  /** Spring Security authorities carry a user's engine groups as {@code GROUP_<id>}. */
  private static final String AUTHORITY_PREFIX = "GROUP_";

  public static final String ADMINISTRATORS = "camunda-admin";
  public static final String ANALYSTS = "analysts";

  /** Read the registry access log. */
  public static final String AUDITORS = "auditors";

  private Groups() {}

  public static GrantedAuthority authority(String group) {
    return new SimpleGrantedAuthority(AUTHORITY_PREFIX + group);
  }

  /** The engine groups of an authenticated request. */
  public static Set<String> of(Authentication authentication) {
    return authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(AUTHORITY_PREFIX))
        .map(a -> a.substring(AUTHORITY_PREFIX.length()))
        .collect(Collectors.toSet());
  }

  /** Civil-status officers of a commune (birth, death, marriage registration). */
  public static String civilStatusOfficers(String communeCode) {
    return Agency.CIVIL_STATUS.group(communeCode);
  }

  /** The chair and vice-chairs of a commune People's Committee, who sign. */
  public static String communeChairs(String communeCode) {
    return Agency.COMMUNE_CHAIR.group(communeCode);
  }

  public static String provinceSupervisors(String provinceCode) {
    return Agency.SUPERVISORS.group(provinceCode);
  }

  public static String financeOfficers(String provinceCode) {
    return Agency.FINANCE.group(provinceCode);
  }

  /** The province whose payments a finance officers' group reconciles, if it is one. */
  public static Optional<String> financeProvince(String group) {
    return group.startsWith("province-") && group.endsWith("-finance")
        ? Optional.of(group.substring("province-".length(), group.length() - "-finance".length()))
        : Optional.empty();
  }

  /** The province a supervisors' group supervises, if it is one. */
  public static Optional<String> supervisedProvince(String group) {
    return group.startsWith("province-") && group.endsWith("-supervisors")
        ? Optional.of(
            group.substring("province-".length(), group.length() - "-supervisors".length()))
        : Optional.empty();
  }
}
