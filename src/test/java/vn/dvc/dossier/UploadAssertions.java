package vn.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.dossier.DossierApiClient.Response;

/** What the upload and access tests check of a refused request: its problem, and nothing kept. */
final class UploadAssertions {

  private static final String PROBLEM_JSON = "application/problem+json";

  private UploadAssertions() {}

  static void assertProblem(Response response, int status, String type) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.contentType()).as(response.text()).startsWith(PROBLEM_JSON);
    assertThat(response.body().path("type").asText()).isEqualTo("/problems/" + type);
    assertThat(response.body().path("detail").asText()).isNotBlank();
  }

  /** No document stored, and the dossier still waits for one. */
  static void assertNothingSupplied(JdbcTemplate jdbc, String dossierId) {
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier_document where dossier_id = ?",
                Integer.class,
                dossierId))
        .isZero();
    assertThat(
            jdbc.queryForObject("select status from dossier where id = ?", String.class, dossierId))
        .isEqualTo("WAITING_FOR_DOCUMENTS");
  }
}
