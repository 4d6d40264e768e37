package vn.dvc.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.adminunit.Province;

/**
 * Every group the models and the access rules use, generated from the administrative units: each
 * commune-level agency in every commune, each provincial agency in every province, and the
 * functional groups. Camunda's own identity (embedded default) and the Keycloak realm are both
 * built from this one list, so the two cannot drift apart.
 */
@Component
public class GroupDirectory {

  public record GroupDefinition(String id, String name) {}

  private final AdministrativeUnits units;

  GroupDirectory(AdministrativeUnits units) {
    this.units = units;
  }

  public List<GroupDefinition> all() {
    List<GroupDefinition> groups = new ArrayList<>();
    groups.add(new GroupDefinition(Groups.ADMINISTRATORS, "Administrators"));
    groups.add(new GroupDefinition(Groups.ANALYSTS, "Business analysts"));
    groups.add(new GroupDefinition(Groups.AUDITORS, "Auditors of registry access"));
    for (Province province : units.provinces()) {
      for (Agency agency : Agency.values()) {
        if (agency.level() == Agency.Level.PROVINCE) {
          groups.add(
              new GroupDefinition(
                  agency.group(province.code()), province.name() + " — " + agency.description()));
        }
      }
    }
    for (Commune commune : units.communes()) {
      for (Agency agency : Agency.values()) {
        if (agency.level() == Agency.Level.COMMUNE) {
          groups.add(
              new GroupDefinition(
                  agency.group(commune.code()), commune.name() + " — " + agency.description()));
        }
      }
    }
    return List.copyOf(groups);
  }
}
