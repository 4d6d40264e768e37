package vn.dvc.dataquality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.dvc.DvcSpringBootTest;

/** The defect checks on the in-process sandbox registries. */
@DvcSpringBootTest
class CitizenRecordChecksTest extends CitizenRecordChecksContract {

  /**
   * Every citizen of the sandbox, checked: the issues found are exactly the defects the data was
   * made with, so the checks neither miss a defect nor bother an officer about a sound record.
   */
  @Test
  void findsExactlyTheDefectsOfTheSandboxData() throws IOException {
    JsonNode defects = new ObjectMapper().readTree(new File("sandbox-data/defects.json"));
    Set<String> expected = new TreeSet<>();
    defects
        .path("defects")
        .forEach(d -> expected.add(d.path("kind").asText() + " " + d.path("pin").asText()));
    Set<String> found = new TreeSet<>();
    for (String pin :
        jdbc.queryForList(
            "select pin from sandbox_population_citizen where idempotency_key is null",
            String.class)) {
      issuesOf(pin).forEach(issue -> found.add(issue.kind() + " " + issue.pin()));
    }
    assertThat(found).isEqualTo(expected);
  }
}
