package vn.dvc.population;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;

/**
 * The commune a citizen lives in today, also when the registry still writes their residence with
 * pre-reform district and commune names.
 */
@Component
public class CommuneOfResidence {

  private final AdministrativeUnits units;

  CommuneOfResidence(AdministrativeUnits units) {
    this.units = units;
  }

  public Optional<Commune> of(Citizen citizen) {
    return citizen
        .residence()
        .flatMap(
            r ->
                r.communeCode() != null
                    ? units.commune(r.communeCode())
                    : units.resolveLegacyAddress(r.legacyAddress()));
  }
}
