package vn.dvc.dataquality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.RegistriesOverHttp;
import vn.dvc.registry.RegistryHttpClients;

/** The defect checks with population and civil status read over HTTP from the sandbox server. */
@RegistriesOverHttp
class CitizenRecordChecksOverHttpTest extends CitizenRecordChecksContract {

  @Autowired RegistryHttpClients clients;

  @AfterEach
  void readTheRegistriesOverHttp() {
    assertThat(clients.circuits()).containsKeys("population", "civil-status");
  }
}
