package vn.dvc.dataquality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.population.Pin;
import vn.dvc.population.PopulationRegistry;

/**
 * Each defect kind of the sandbox data, found in the person defects.json names for it; held by the
 * in-process sandbox registries and by the HTTP clients against the sandbox server.
 */
abstract class CitizenRecordChecksContract {

  @Autowired PopulationRegistry population;
  @Autowired CitizenRecordChecks checks;
  @Autowired JdbcTemplate jdbc;

  List<DataIssue> issuesOf(String pin) {
    return checks.check(population.findCitizen(Pin.of(pin)).orElseThrow());
  }

  Set<DataIssueKind> kindsOf(String pin) {
    Set<DataIssueKind> kinds = new TreeSet<>();
    issuesOf(pin).forEach(issue -> kinds.add(issue.kind()));
    return kinds;
  }

  @Test
  void flagsAMissingIdCardIssueDateWithoutBlocking() {
    assertThat(kindsOf("046185602151")).contains(DataIssueKind.ID_CARD_ISSUE_DATE_MISSING);
  }

  @Test
  void flagsAnOpenMarriageThatPopulationCallsSingle() {
    assertThat(kindsOf("058192375722")).contains(DataIssueKind.MARITAL_STATUS_MISMATCH);
  }

  @Test
  void flagsAMarriageThatWasNeverDigitised() {
    assertThat(kindsOf("087053125877")).contains(DataIssueKind.MARRIAGE_NOT_DIGITISED);
  }

  @Test
  void flagsABirthSince1975ThatWasNeverDigitised() {
    assertThat(kindsOf("046214512191")).contains(DataIssueKind.BIRTH_NOT_DIGITISED);
  }

  @Test
  void flagsADeathThatPopulationDoesNotShow() {
    assertThat(kindsOf("079132690805")).contains(DataIssueKind.DEATH_NOT_SYNCED);
  }

  @Test
  void resolvesAPreReformAddressToTheCurrentCommune() {
    assertThat(issuesOf("040186289011"))
        .filteredOn(issue -> issue.kind() == DataIssueKind.ADDRESS_NOT_UPDATED_AFTER_REFORM)
        .singleElement()
        .satisfies(issue -> assertThat(issue.message()).contains("đã xác định là"));
  }
}
