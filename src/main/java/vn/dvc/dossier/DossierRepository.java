package vn.dvc.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dvc.dataquality.DataIssue;
import vn.dvc.dataquality.DataIssueKind;
import vn.dvc.dataquality.DossierDataIssues;
import vn.dvc.population.Pin;
import vn.dvc.time.EngineClock;

/** The dossier tables. Procedures record decisions, issues and results here, not in variables. */
@Repository
public class DossierRepository implements DossierDataIssues {

  private final JdbcTemplate jdbc;

  DossierRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record DossierRow(
      String id,
      String procedureKey,
      String applicantPin,
      String applicantName,
      String communeCode,
      DossierStatus status,
      String dataJson,
      String idempotencyKey,
      String requestHash,
      String submittedBy,
      String processInstanceId,
      Instant receivedAt,
      Instant dueDate,
      String resultJson) {}

  record SuppliedDocument(
      String id,
      String documentType,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      Instant receivedAt) {}

  public record TimelineEvent(Instant at, String event, String detail) {}

  void insert(DossierRow row) {
    jdbc.update(
        "insert into dossier (id, procedure_key, applicant_pin, applicant_name, commune_code,"
            + " status, data_json, idempotency_key, request_hash, submitted_by, received_at,"
            + " updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?)",
        row.id(),
        row.procedureKey(),
        row.applicantPin(),
        row.applicantName(),
        row.communeCode(),
        row.status().name(),
        row.dataJson(),
        row.idempotencyKey(),
        row.requestHash(),
        row.submittedBy(),
        utc(row.receivedAt()),
        utc(row.receivedAt()));
  }

  /**
   * The dossier's status and process instance, for other capabilities' views; its procedure,
   * applicant and commune for those that notify or report by province (payments).
   */
  public Optional<DossierSummary> summary(String id) {
    return find(id)
        .map(
            r ->
                new DossierSummary(
                    r.id(),
                    r.status(),
                    r.processInstanceId(),
                    r.applicantName(),
                    r.procedureKey(),
                    r.applicantPin(),
                    r.communeCode()));
  }

  public record DossierSummary(
      String id,
      DossierStatus status,
      String processInstanceId,
      String applicantName,
      String procedureKey,
      String applicantPin,
      String communeCode) {}

  Optional<DossierRow> find(String id) {
    return jdbc.query("select * from dossier where id = ?", DossierRepository::row, id).stream()
        .findFirst();
  }

  /** The dossier this caller filed with this key: keys are the caller's own, not global. */
  /**
   * The dossier's status, read with a row lock held until the transaction ends: supplies of one
   * dossier's documents take turns, so the last of two uploads made at the same moment sees the
   * other's document and resumes the process (without it, each could miss the other's uncommitted
   * document and the dossier would wait forever).
   */
  DossierStatus lockForSupply(String id) {
    return DossierStatus.valueOf(
        jdbc.queryForObject(
            "select status from dossier where id = ? for update", String.class, id));
  }

  Optional<DossierRow> findByIdempotencyKey(String submittedBy, String key) {
    return jdbc
        .query(
            "select * from dossier where submitted_by = ? and idempotency_key = ?",
            DossierRepository::row,
            submittedBy,
            key)
        .stream()
        .findFirst();
  }

  /** The dossier, if the condition of the caller's access lets them read it. */
  Optional<DossierRow> findReadable(String id, DossierAccess.Condition readable) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(id);
    parameters.addAll(readable.parameters());
    return jdbc
        .query(
            "select d.* from dossier d where d.id = ? and " + readable.sql(),
            DossierRepository::row,
            parameters.toArray())
        .stream()
        .findFirst();
  }

  /** Filters of the dossier list; null means any. */
  record ListFilter(
      DossierStatus status, String procedureKey, String applicantPin, int limit, int offset) {}

  /** The readable dossiers, newest first, in one query whatever the page size. */
  List<DossierRow> list(DossierAccess.Condition readable, ListFilter filter) {
    StringBuilder sql = new StringBuilder("select d.* from dossier d where ");
    sql.append(readable.sql());
    List<Object> parameters = new ArrayList<>(readable.parameters());
    if (filter.status() != null) {
      sql.append(" and d.status = ?");
      parameters.add(filter.status().name());
    }
    if (filter.procedureKey() != null) {
      sql.append(" and d.procedure_key = ?");
      parameters.add(filter.procedureKey());
    }
    if (filter.applicantPin() != null) {
      sql.append(" and d.applicant_pin = ?");
      parameters.add(filter.applicantPin());
    }
    sql.append(" order by d.received_at desc, d.id desc limit ? offset ?");
    parameters.add(filter.limit());
    parameters.add(filter.offset());
    return jdbc.query(sql.toString(), DossierRepository::row, parameters.toArray());
  }

  void linkProcessInstance(String id, String processInstanceId) {
    jdbc.update("update dossier set process_instance_id = ? where id = ?", processInstanceId, id);
  }

  public void changeStatus(String id, DossierStatus status, String detail) {
    jdbc.update(
        "update dossier set status = ?, updated_at = ? where id = ?",
        status.name(),
        utc(EngineClock.now()),
        id);
    addEvent(id, status.name(), detail);
  }

  public void addEvent(String id, String event, String detail) {
    jdbc.update(
        "insert into dossier_event (dossier_id, occurred_at, event, detail) values (?,?,?,?)",
        id,
        utc(EngineClock.now()),
        event,
        detail);
  }

  public List<TimelineEvent> timeline(String id) {
    return jdbc.query(
        "select occurred_at, event, detail from dossier_event where dossier_id = ? order by id",
        (rs, n) ->
            new TimelineEvent(
                instant(rs, "occurred_at"), rs.getString("event"), rs.getString("detail")),
        id);
  }

  /** Replaces the decisions, so that deciding again (a retried job) leaves one set. */
  public void replaceDocumentDecisions(String id, List<DocumentDecision> decisions) {
    jdbc.update("delete from dossier_document_decision where dossier_id = ?", id);
    addDocumentDecisions(id, decisions);
  }

  /** Adds the rows of a further decision to those recorded. */
  public void addDocumentDecisions(String id, List<DocumentDecision> decisions) {
    OffsetDateTime now = utc(EngineClock.now());
    jdbc.batchUpdate(
        "insert into dossier_document_decision (dossier_id, document_type, required, reason,"
            + " source, reference, requested_at) values (?,?,?,?,?,?,?)",
        decisions.stream()
            .map(
                d ->
                    new Object[] {
                      id,
                      d.documentType(),
                      d.required(),
                      d.reason(),
                      d.source(),
                      d.reference(),
                      d.required() ? now : null
                    })
            .toList());
  }

  /** An officer asks (again) for a document: it becomes required from now on. */
  void requestDocument(String id, String documentType, String reason) {
    jdbc.update(
        "delete from dossier_document_decision where dossier_id = ? and document_type = ?",
        id,
        documentType);
    jdbc.update(
        "insert into dossier_document_decision (dossier_id, document_type, required, reason,"
            + " requested_at) values (?,?,true,?,?)",
        id,
        documentType,
        reason,
        utc(EngineClock.now()));
  }

  /** Required document types with no document received since they were asked for. */
  Set<String> outstandingDocumentTypes(String id) {
    return new TreeSet<>(
        jdbc.queryForList(
            "select d.document_type from dossier_document_decision d"
                + " where d.dossier_id = ? and d.required and not exists ("
                + " select 1 from dossier_document x where x.dossier_id = d.dossier_id"
                + " and x.document_type = d.document_type and x.received_at >= d.requested_at)",
            String.class,
            id));
  }

  public List<DocumentDecision> documentDecisions(String id) {
    return jdbc.query(
        "select document_type, required, reason, source, reference from dossier_document_decision"
            + " where dossier_id = ? order by required desc, document_type",
        (rs, n) ->
            new DocumentDecision(
                rs.getString("document_type"),
                rs.getBoolean("required"),
                rs.getString("reason"),
                rs.getString("source"),
                rs.getString("reference")),
        id);
  }

  @Override
  public void addDataIssues(String id, List<DataIssue> issues) {
    for (DataIssue issue : issues) {
      jdbc.update(
          "insert into dossier_data_issue (dossier_id, kind, pin, message)"
              + " select ?, ?, ?, ? where not exists (select 1 from dossier_data_issue"
              + " where dossier_id = ? and kind = ? and pin = ?)",
          id,
          issue.kind().name(),
          issue.pin().value(),
          issue.message(),
          id,
          issue.kind().name(),
          issue.pin().value());
    }
  }

  public List<DataIssue> dataIssues(String id) {
    return jdbc.query(
        "select kind, pin, message from dossier_data_issue where dossier_id = ? order by kind, pin",
        (rs, n) ->
            new DataIssue(
                DataIssueKind.valueOf(rs.getString("kind")),
                Pin.of(rs.getString("pin")),
                rs.getString("message")),
        id);
  }

  void saveDocument(String dossierId, SuppliedDocument document, byte[] content) {
    jdbc.update(
        "insert into dossier_document (id, dossier_id, document_type, file_name, content_type,"
            + " size_bytes, sha256, content, received_at) values (?,?,?,?,?,?,?,?,?)",
        document.id(),
        dossierId,
        document.documentType(),
        document.fileName(),
        document.contentType(),
        document.sizeBytes(),
        document.sha256(),
        content,
        utc(document.receivedAt()));
  }

  List<SuppliedDocument> documents(String dossierId) {
    return jdbc.query(
        "select id, document_type, file_name, content_type, size_bytes, sha256, received_at"
            + " from dossier_document where dossier_id = ? order by received_at, id",
        (rs, n) ->
            new SuppliedDocument(
                rs.getString("id"),
                rs.getString("document_type"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                instant(rs, "received_at")),
        dossierId);
  }

  /** The due date the portal and the officer see; kept by the SLA clock. */
  public void setDueDate(String id, Instant dueDate) {
    jdbc.update("update dossier set due_date = ? where id = ?", utc(dueDate), id);
  }

  /** Sets the result; issuing it again (a retried job) overwrites the same result. */
  public void setResult(String id, String resultJson) {
    jdbc.update(
        "update dossier set result_json = ?, updated_at = ? where id = ?",
        resultJson,
        utc(EngineClock.now()),
        id);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static DossierRow row(ResultSet rs, int n) throws SQLException {
    return new DossierRow(
        rs.getString("id"),
        rs.getString("procedure_key"),
        rs.getString("applicant_pin"),
        rs.getString("applicant_name"),
        rs.getString("commune_code"),
        DossierStatus.valueOf(rs.getString("status")),
        rs.getString("data_json"),
        rs.getString("idempotency_key"),
        rs.getString("request_hash"),
        rs.getString("submitted_by"),
        rs.getString("process_instance_id"),
        instant(rs, "received_at"),
        instant(rs, "due_date"),
        rs.getString("result_json"));
  }
}
