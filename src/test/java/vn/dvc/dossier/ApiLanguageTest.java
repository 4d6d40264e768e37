package vn.dvc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.DvcSpringBootTest;
import vn.dvc.api.ApiLanguage;
import vn.dvc.dossier.DossierApiClient.Response;

/**
 * The Dossier API speaks Vietnamese unless the request asks for English: problems, reasons of the
 * decisions and the timeline, with Content-Language saying which; codes, types and statuses are the
 * same in both.
 */
@DvcSpringBootTest
class ApiLanguageTest {

  /** A couple the registries let marry (as in MarriageRegistrationApiTest). */
  private static final String GROOM = "001083426418";

  private static final String BRIDE = "001182846795";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired DossierTexts texts;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aMarriageDossierReadWithoutAcceptLanguageExplainsInVietnameseWhyNoPaperWasNeeded()
      throws Exception {
    String id = fileMarriage();

    Response read = client(null).get("/api/v1/dossiers/" + id);

    assertThat(read.status()).as(read.text()).isEqualTo(200);
    assertThat(read.contentLanguage()).isEqualTo("vi");
    assertThat(reasonOf(read.body(), "MARITAL_STATUS_CONFIRMATION"))
        .isEqualTo(
            "Tình trạng hôn nhân của hai bên được lấy từ cơ sở dữ liệu hộ tịch và dân cư, nên"
                + " không cần giấy xác nhận tình trạng hôn nhân.");
    assertThat(reasonOf(read.body(), "BIRTH_CERTIFICATE"))
        .isEqualTo(
            "Ngày sinh và cha mẹ của hai bên được lấy từ Cơ sở dữ liệu quốc gia về dân cư, nên"
                + " không cần nộp giấy khai sinh.");
  }

  @Test
  void theSameDossierReadInEnglishExplainsInEnglish() throws Exception {
    String id = fileMarriage();

    Response read = client("en").get("/api/v1/dossiers/" + id);

    assertThat(read.contentLanguage()).isEqualTo("en");
    assertThat(reasonOf(read.body(), "MARITAL_STATUS_CONFIRMATION"))
        .isEqualTo(
            "Both parties' marital status is taken from the civil-status and population"
                + " databases, so no confirmation of marital status is needed.");
    assertThat(reasonOf(read.body(), "BIRTH_CERTIFICATE"))
        .isEqualTo(
            "Both parties' dates of birth and parents are taken from the national population"
                + " database, so no birth certificate is needed.");
  }

  @Test
  void aPreferenceForEnglishAmongOthersIsEnglishAndAnyOtherLanguageIsVietnamese() throws Exception {
    String id = fileMarriage();

    assertThat(client("en-GB,en;q=0.9").get("/api/v1/dossiers/" + id).contentLanguage())
        .isEqualTo("en");
    Response french = client("fr-FR,fr;q=0.9").get("/api/v1/dossiers/" + id);
    assertThat(french.contentLanguage()).isEqualTo("vi");
    assertThat(reasonOf(french.body(), "ID_CARD")).startsWith("Thông tin nhân thân của hai bên");
  }

  @Test
  void theTimelineIsToldInTheReadersLanguage() throws Exception {
    String id = fileMarriage();

    JsonNode vietnamese = client(null).get("/api/v1/dossiers/" + id).body();
    JsonNode english = client("en").get("/api/v1/dossiers/" + id).body();

    assertThat(detailOf(vietnamese, "RECEIVED"))
        .isEqualTo("Cán bộ officer.badinh tiếp nhận tại quầy cho người nộp hồ sơ");
    assertThat(detailOf(english, "RECEIVED"))
        .isEqualTo("Filed at the counter by officer.badinh for the applicant");
    assertThat(detailOf(vietnamese, "IN_REVIEW")).isEqualTo("Chuyển cán bộ xem xét");
    assertThat(detailOf(english, "IN_REVIEW")).isEqualTo("With the officer for review");
    // The stored text is the Vietnamese, whoever filed.
    assertThat(
            jdbc.queryForObject(
                "select detail from dossier_event where dossier_id = ? and event = 'RECEIVED'",
                String.class,
                id))
        .isEqualTo("Cán bộ officer.badinh tiếp nhận tại quầy cho người nộp hồ sơ");
  }

  @Test
  void entriesWrittenInEnglishBeforeAreToldInVietnamese() throws Exception {
    String id = fileMarriage();
    // What the dossier stored before it stored Vietnamese.
    jdbc.update(
        "insert into dossier_event (dossier_id, occurred_at, event, detail) values (?,?,?,?)",
        id,
        Timestamp.from(Instant.now()),
        "COMPLETED",
        "Result issued");
    jdbc.update(
        "update dossier_document_decision set reason = ? where dossier_id = ? and document_type"
            + " = 'ID_CARD'",
        "Both parties' identity is taken from the national population database, so no identity"
            + " card is needed.",
        id);

    JsonNode vietnamese = client(null).get("/api/v1/dossiers/" + id).body();
    JsonNode english = client("en").get("/api/v1/dossiers/" + id).body();

    assertThat(detailOf(vietnamese, "COMPLETED")).isEqualTo("Đã trả kết quả");
    assertThat(detailOf(english, "COMPLETED")).isEqualTo("Result issued");
    assertThat(reasonOf(vietnamese, "ID_CARD"))
        .isEqualTo(
            "Thông tin nhân thân của hai bên được lấy từ Cơ sở dữ liệu quốc gia về dân cư, nên"
                + " không cần nộp thẻ căn cước.");
  }

  @Test
  void dataIssuesAreToldInTheReadersLanguageAlsoWhenStoredInEnglishBefore() throws Exception {
    String id = fileMarriage();
    jdbc.update(
        "insert into dossier_data_issue (dossier_id, kind, pin, message) values (?,?,?,?)",
        id,
        "ADDRESS_NOT_UPDATED_AFTER_REFORM",
        GROOM,
        "Nơi thường trú vẫn ghi theo tên đơn vị hành chính trước năm 2025 (Xã Cũ, Huyện Cũ);"
            + " đã xác định là Phường Mới (01100).");
    jdbc.update(
        "insert into dossier_data_issue (dossier_id, kind, pin, message) values (?,?,?,?)",
        id,
        "MARRIAGE_NOT_DIGITISED",
        BRIDE,
        "Population says MARRIED but civil status has no marriage record: verify the paper"
            + " register; do not ask the citizen for a paper.");

    JsonNode english = client("en").get("/api/v1/dossiers/" + id).body();
    JsonNode vietnamese = client(null).get("/api/v1/dossiers/" + id).body();

    assertThat(issueOf(english, "ADDRESS_NOT_UPDATED_AFTER_REFORM"))
        .isEqualTo(
            "Permanent residence is still written with pre-2025 names (Xã Cũ, Huyện Cũ); resolved"
                + " to Phường Mới (01100).");
    assertThat(issueOf(vietnamese, "MARRIAGE_NOT_DIGITISED"))
        .startsWith("Cơ sở dữ liệu dân cư ghi nhận đã kết hôn (MARRIED)");
  }

  private static String issueOf(JsonNode dossier, String kind) {
    return StreamSupport.stream(dossier.path("dataIssues").spliterator(), false)
        .filter(i -> kind.equals(i.path("kind").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(kind + " not in " + dossier.path("dataIssues")))
        .path("message")
        .asText();
  }

  @Test
  void paymentEntriesOfTheTimelineAreStoredInVietnameseAndToldInEnglish() {
    String stored =
        texts.vietnamese(
            "timeline.payment-requested", "4.000.000 ₫", "PAY-0001", "08/12/2026 17:00");

    assertThat(stored)
        .isEqualTo("Yêu cầu nộp 4.000.000 ₫ (yêu cầu PAY-0001), hạn nộp 08/12/2026 17:00");
    assertThat(texts.localise(stored, ApiLanguage.ENGLISH))
        .isEqualTo("Payment of 4.000.000 ₫ requested (request PAY-0001), due by 08/12/2026 17:00");
    assertThat(texts.localise(stored, ApiLanguage.VIETNAMESE)).isEqualTo(stored);
  }

  @Test
  void everyReasonOfAnEligibilityDecisionJoinedIntoOneIsToldInEnglish() {
    // As EligibilityFindings joins the reasons of the rules that matched.
    String stored =
        "Hai bên đều là nam; pháp luật Việt Nam không thừa nhận hôn nhân giữa những người cùng"
            + " giới tính (Luật Hôn nhân và gia đình 2014, Điều 8). Hai số định danh cá nhân là"
            + " của cùng một người.";

    assertThat(texts.localise(stored, ApiLanguage.ENGLISH))
        .isEqualTo(
            "Both parties are men; Vietnamese law does not recognise a marriage between people of"
                + " the same sex (Luật Hôn nhân và gia đình 2014, art. 8). The two PINs name the"
                + " same person.");
  }

  @Test
  void aTextNoBundleNorDecisionKnowsIsToldAsStored() {
    assertThat(texts.localise("Gia đình rút hồ sơ.", ApiLanguage.ENGLISH))
        .isEqualTo("Gia đình rút hồ sơ.");
  }

  @Test
  void aDossierNotFoundIsExplainedInTheReadersLanguageWithTheSameTypeAndStatus() throws Exception {
    Response vietnamese = client(null).get("/api/v1/dossiers/KHONG-CO");
    Response english = client("en").get("/api/v1/dossiers/KHONG-CO");

    assertThat(vietnamese.status()).isEqualTo(404);
    assertThat(english.status()).isEqualTo(404);
    assertThat(vietnamese.contentLanguage()).isEqualTo("vi");
    assertThat(english.contentLanguage()).isEqualTo("en");
    assertThat(vietnamese.body().path("type").asText())
        .isEqualTo(english.body().path("type").asText())
        .isEqualTo("/problems/dossier-not-found");
    assertThat(vietnamese.body().path("title").asText()).isEqualTo("Không tìm thấy hồ sơ");
    assertThat(vietnamese.body().path("detail").asText()).isEqualTo("Không có hồ sơ KHONG-CO.");
    assertThat(english.body().path("title").asText()).isEqualTo("Dossier not found");
    assertThat(english.body().path("detail").asText()).isEqualTo("There is no dossier KHONG-CO.");
  }

  @Test
  void anAddressNothingAnswersIsA404InTheReadersLanguage() throws Exception {
    Response vietnamese = client(null).get("/api/v1/khong-co-gi");
    Response english = client("en").get("/api/v1/khong-co-gi");

    assertThat(vietnamese.status()).isEqualTo(404);
    assertThat(vietnamese.contentLanguage()).isEqualTo("vi");
    assertThat(vietnamese.body().path("type").asText()).isEqualTo("/problems/not-found");
    assertThat(vietnamese.body().path("detail").asText()).isEqualTo("Không có gì ở địa chỉ này.");
    assertThat(english.body().path("type").asText()).isEqualTo("/problems/not-found");
    assertThat(english.body().path("detail").asText())
        .isEqualTo("There is nothing at this address.");
  }

  @Test
  void anIntakeRefusalIsExplainedInTheReadersLanguage() throws Exception {
    ObjectNode data = json.createObjectNode().put("partnerPin", BRIDE).put("communeCode", "99999");

    Response vietnamese =
        client(null).file("marriage-registration", "001083440335", data.deepCopy());
    Response english = client("en").file("marriage-registration", "001083440335", data);

    assertThat(vietnamese.status()).as(vietnamese.text()).isEqualTo(422);
    assertThat(english.status()).as(english.text()).isEqualTo(422);
    assertThat(vietnamese.contentLanguage()).isEqualTo("vi");
    assertThat(vietnamese.body().path("type").asText())
        .isEqualTo(english.body().path("type").asText())
        .isEqualTo("/problems/unknown-commune");
    assertThat(vietnamese.body().path("title").asText()).isEqualTo("Không thể nộp hồ sơ");
    assertThat(vietnamese.body().path("detail").asText())
        .isEqualTo("Không có xã, phường nào có mã \"99999\" (data.communeCode).");
    assertThat(english.body().path("title").asText()).isEqualTo("Dossier cannot be filed");
    assertThat(english.body().path("detail").asText())
        .isEqualTo("There is no commune with code \"99999\" (data.communeCode).");
  }

  @Test
  void aRefusalBeforeSignInSaysItsLanguageToo() throws Exception {
    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                    .header("Accept-Language", "en")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Language")).hasValue("en");
  }

  private String fileMarriage() throws Exception {
    Response filed =
        client("en")
            .file("marriage-registration", GROOM, json.createObjectNode().put("partnerPin", BRIDE));
    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    return filed.body().path("id").asText();
  }

  private DossierApiClient client(String acceptLanguage) {
    return new DossierApiClient(port, json, "officer.badinh", "demo").inLanguage(acceptLanguage);
  }

  private static String reasonOf(JsonNode dossier, String documentType) {
    return StreamSupport.stream(dossier.path("satisfiedByData").spliterator(), false)
        .filter(d -> documentType.equals(d.path("type").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(documentType + " not in " + dossier))
        .path("reason")
        .asText();
  }

  private static String detailOf(JsonNode dossier, String event) {
    return StreamSupport.stream(dossier.path("timeline").spliterator(), false)
        .filter(e -> event.equals(e.path("event").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(event + " not in " + dossier.path("timeline")))
        .path("detail")
        .asText();
  }
}
