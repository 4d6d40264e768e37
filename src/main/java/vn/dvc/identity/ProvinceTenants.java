package vn.dvc.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;

/**
 * One engine tenant per province, {@code province-<code>}, on shared process definitions: every
 * dossier's instance belongs to the province of its commune, and every commune or provincial group
 * sees the instances of its province only. Supervisors thereby see their province in Cockpit;
 * officers additionally see only the tasks of their own groups, by the engine's task permissions.
 */
@Component
public class ProvinceTenants {

  private static final String PREFIX = "province-";

  /**
   * For code that Camunda instantiates by class name (the webapps' authentication provider) and
   * that therefore cannot be given this bean; the tenants do not differ between contexts.
   */
  private static volatile ProvinceTenants shared;

  private final AdministrativeUnits units;

  ProvinceTenants(AdministrativeUnits units) {
    this.units = units;
    shared = this;
  }

  static ProvinceTenants shared() {
    if (shared == null) {
      throw new IllegalStateException("The application context has not created ProvinceTenants");
    }
    return shared;
  }

  public static String tenantOfProvince(String provinceCode) {
    return PREFIX + provinceCode;
  }

  public Optional<String> ofCommune(String communeCode) {
    return units
        .commune(communeCode)
        .map(Commune::provinceCode)
        .map(ProvinceTenants::tenantOfProvince);
  }

  /** The tenant a group works in: a commune's group its province's, a province's group its own. */
  public Optional<String> ofGroup(String group) {
    String[] parts = group.split("-", 3);
    if (parts.length < 3) {
      return Optional.empty();
    }
    if (parts[0].equals("commune")) {
      return ofCommune(parts[1]);
    }
    if (parts[0].equals("province") && units.province(parts[1]).isPresent()) {
      return Optional.of(tenantOfProvince(parts[1]));
    }
    return Optional.empty();
  }

  public List<String> ofGroups(Collection<String> groups) {
    return groups.stream().map(this::ofGroup).flatMap(Optional::stream).distinct().toList();
  }
}
