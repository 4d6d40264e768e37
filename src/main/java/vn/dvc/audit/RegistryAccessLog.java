package vn.dvc.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The registry access log table. */
@Repository
public class RegistryAccessLog {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final TransactionTemplate ownTransaction;

  RegistryAccessLog(
      JdbcTemplate jdbc,
      NamedParameterJdbcTemplate named,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.named = named;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Commits on its own: an access stays recorded when the work that made it rolls back. */
  void record(RegistryAccess access) {
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.update(
                "insert into registry_access_log (accessed_at, actor, dossier_id, procedure_key,"
                    + " registry, operation, subject, purpose, outcome, detail)"
                    + " values (?,?,?,?,?,?,?,?,?,?)",
                access.accessedAt().atOffset(ZoneOffset.UTC),
                access.actor(),
                access.dossierId(),
                access.procedureKey(),
                access.registry(),
                access.operation(),
                access.subject(),
                access.purpose(),
                access.outcome().name(),
                access.detail()));
  }

  /** Filters that are null are not applied; newest first. */
  public List<RegistryAccess> find(
      String dossierId, String subject, String actor, Instant from, Instant to, int limit) {
    StringBuilder sql = new StringBuilder("select * from registry_access_log where 1 = 1");
    MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("limit", limit);
    if (dossierId != null) {
      sql.append(" and dossier_id = :dossierId");
      parameters.addValue("dossierId", dossierId);
    }
    if (subject != null) {
      sql.append(" and subject = :subject");
      parameters.addValue("subject", subject);
    }
    if (actor != null) {
      sql.append(" and actor = :actor");
      parameters.addValue("actor", actor);
    }
    if (from != null) {
      sql.append(" and accessed_at >= :from");
      parameters.addValue("from", from.atOffset(ZoneOffset.UTC));
    }
    if (to != null) {
      sql.append(" and accessed_at < :to");
      parameters.addValue("to", to.atOffset(ZoneOffset.UTC));
    }
    sql.append(" order by accessed_at desc, id desc limit :limit");
    return named.query(sql.toString(), parameters, RegistryAccessLog::row);
  }

  private static RegistryAccess row(ResultSet rs, int n) throws SQLException {
    return new RegistryAccess(
        rs.getObject("accessed_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("dossier_id"),
        rs.getString("procedure_key"),
        rs.getString("registry"),
        rs.getString("operation"),
        rs.getString("subject"),
        rs.getString("purpose"),
        RegistryAccess.Outcome.valueOf(rs.getString("outcome")),
        rs.getString("detail"));
  }
}
