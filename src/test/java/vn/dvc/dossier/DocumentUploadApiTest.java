package vn.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.dossier.UploadAssertions.assertNothingSupplied;
import static vn.dvc.dossier.UploadAssertions.assertProblem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.dossier.DossierApiClient.Response;

/**
 * Uploads of a requested document that a careless or hostile client sends: content that is not what
 * its label says, path-like, overlong or control-character file names, and the same document sent
 * four times at once. Each dossier is filed by Ba Đình's officer at the counter, who may supply its
 * documents, for the mother of CS-2026-000034 (filed in Ba Đình, no certificate, so a witness
 * statement is asked for); no other test class files for her.
 */
@DvcSpringBootTest
class DocumentUploadApiTest {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final String MOTHER = "004194288383";
  private static final String FATHER = "001094116580";
  private static final String STATEMENT = "BIRTH_WITNESS_STATEMENT";

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** The start of a Windows executable: DOS header "MZ", e_lfanew at 0x3c, then "PE\0\0". */
  private static final byte[] EXE = executable();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void refusesAnExecutableDeclaredAsPdf() throws Exception {
    String id = waitingDossier();

    Response upload = officer().upload(id, STATEMENT, "statement.pdf", "application/pdf", EXE);

    assertProblem(upload, 422, "document-content-mismatch");
    assertThat(upload.body().path("declaredType").asText()).isEqualTo("application/pdf");
    assertThat(upload.body().path("detectedType").asText()).isNotEqualTo("application/pdf");
    assertNothingSupplied(jdbc, id);
  }

  @Test
  void refusesAnExecutableDeclaredAsWhatItIs() throws Exception {
    String id = waitingDossier();

    Response upload =
        officer().upload(id, STATEMENT, "statement.exe", "application/x-msdownload", EXE);

    assertProblem(upload, 415, "unsupported-document-format");
    assertNothingSupplied(jdbc, id);
  }

  @Test
  void storesOnlyTheBaseNameOfAPathLikeFileName() throws Exception {
    String id = waitingDossier();

    Response upload =
        officer().upload(id, STATEMENT, "../../../../etc/passwd", "application/pdf", PDF);

    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    assertThat(upload.body().path("documents").get(0).path("fileName").asText())
        .isEqualTo("passwd");
    assertThat(upload.text()).doesNotContain("../", "etc/");
    assertThat(
            jdbc.queryForObject(
                "select file_name from dossier_document where dossier_id = ?", String.class, id))
        .isEqualTo("passwd");
  }

  @Test
  void refusesAFileNameWithNul() throws Exception {
    String id = waitingDossier();

    Response upload =
        officer().upload(id, STATEMENT, "statement\u0000.pdf", "application/pdf", PDF);

    assertProblem(upload, 400, "invalid-file-name");
    assertNothingSupplied(jdbc, id);
  }

  /**
   * Refused rather than cut short: cutting would drop the extension the citizen chose, and a name
   * of 300 characters is a client's mistake the portal should show, not hide.
   */
  @Test
  void refusesAThreeHundredCharacterFileName() throws Exception {
    String id = waitingDossier();

    Response upload =
        officer().upload(id, STATEMENT, "a".repeat(296) + ".pdf", "application/pdf", PDF);

    assertProblem(upload, 400, "invalid-file-name");
    assertNothingSupplied(jdbc, id);
  }

  @Test
  void concurrentUploadsOfTheSameDocumentGiveOneCreatedAndConflicts() throws Exception {
    String id = waitingDossier();
    int parallel = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    List<Response> responses = new ArrayList<>();
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        String name = "statement-" + i + ".pdf";
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return officer().upload(id, STATEMENT, name, "application/pdf", PDF);
                }));
      }
      start.countDown();
      for (Future<Response> future : futures) {
        responses.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
    assertThat(responses.stream().filter(r -> r.status() != 201))
        .hasSize(parallel - 1)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.text()).isEqualTo(409);
              assertThat(r.contentType()).startsWith(PROBLEM_JSON);
            });
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier_document where dossier_id = ?", Integer.class, id))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from dossier_event where dossier_id = ? and event ="
                    + " 'DOCUMENT_SUPPLIED'",
                Integer.class,
                id))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, id))
        .isEqualTo("IN_REVIEW");
  }

  private DossierApiClient officer() {
    return new DossierApiClient(port, json, "officer.badinh", "demo");
  }

  private String waitingDossier() throws Exception {
    ObjectNode data = json.createObjectNode();
    data.put("communeCode", "01100");
    data.putObject("child")
        .put("fullName", "Đỗ Tải Lên " + UUID.randomUUID().toString().substring(0, 8))
        .put("gender", "FEMALE")
        .put("dateOfBirth", "2026-09-12")
        .put("placeOfBirth", "Bệnh viện Sản Nhi");
    data.put("birthCertificateNo", "CS-2026-9" + UUID.randomUUID().toString().substring(0, 5));
    data.put("otherParentPin", FATHER);
    Response filed = officer().file("birth-registration", MOTHER, data);
    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    assertThat(filed.body().path("status").asText()).isEqualTo("WAITING_FOR_DOCUMENTS");
    return filed.body().path("id").asText();
  }

  private static byte[] executable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 0x4e, stub.length);
    return exe;
  }
}
