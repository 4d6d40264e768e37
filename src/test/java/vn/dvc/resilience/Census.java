package vn.dvc.resilience;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts, in the application's database and the registries' database, what became of the dossiers
 * the portal was answered 201 for. Reads the tables directly, after the run has settled: nothing
 * the application says about itself is trusted.
 */
final class Census {

  record Database(String url, String user, String password) {
    Connection open() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }
  }

  /**
   * A dossier is stuck when its process is neither ended nor waiting for anything: no task, no job
   * with retries left (a timer, an async step), no message it waits for, no incident an operator
   * sees. Incidents are counted on their own.
   */
  private static final String STUCK =
      """
      select d.id from dossier d
      where d.idempotency_key like ?
        and (d.process_instance_id is null
          or (not exists (select 1 from act_hi_procinst h
                          where h.proc_inst_id_ = d.process_instance_id and h.end_time_ is not null)
            and not exists (select 1 from act_ru_task t
                            join act_ru_execution e on t.proc_inst_id_ = e.id_
                            where e.root_proc_inst_id_ = d.process_instance_id)
            and not exists (select 1 from act_ru_job j
                            join act_ru_execution e on j.process_instance_id_ = e.id_
                            where e.root_proc_inst_id_ = d.process_instance_id
                              and j.retries_ > 0)
            and not exists (select 1 from act_ru_event_subscr s
                            join act_ru_execution e on s.proc_inst_id_ = e.id_
                            where e.root_proc_inst_id_ = d.process_instance_id)
            and not exists (select 1 from act_ru_incident i
                            join act_ru_execution e on i.proc_inst_id_ = e.id_
                            where e.root_proc_inst_id_ = d.process_instance_id)))
      """;

  private Census() {}

  static Figures count(String scenario, Portal portal, Database app, Database registries)
      throws SQLException {
    String keys = "rs-" + scenario + "-%";
    Map<String, Object> details = new LinkedHashMap<>();
    Map<String, String> idByKey = new HashMap<>();
    Map<String, String> statusById = new HashMap<>();
    int rowsPerKeyDuplicates;
    int instanceDuplicates;
    List<String> stuck = new ArrayList<>();
    long incidents;
    int repeatedWriteCalls;
    Set<String> acknowledged = new HashSet<>();
    long failedJobRuns;
    long pendingJobs;
    long lockedJobs;
    try (Connection db = app.open()) {
      try (PreparedStatement rows =
          db.prepareStatement(
              "select id, idempotency_key, status from dossier where idempotency_key like ?")) {
        rows.setString(1, keys);
        try (ResultSet rs = rows.executeQuery()) {
          while (rs.next()) {
            idByKey.put(rs.getString(2), rs.getString(1));
            statusById.put(rs.getString(1), rs.getString(3));
          }
        }
      }
      rowsPerKeyDuplicates =
          extra(
              db,
              "select count(*) from dossier where idempotency_key like ?"
                  + " group by idempotency_key having count(*) > 1",
              keys);
      instanceDuplicates =
          extra(
              db,
              "select count(*) from act_hi_procinst where proc_def_key_ = 'birth-registration'"
                  + " and business_key_ in (select id from dossier where idempotency_key like ?)"
                  + " group by business_key_ having count(*) > 1",
              keys);
      try (PreparedStatement query = db.prepareStatement(STUCK)) {
        query.setString(1, keys);
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            stuck.add(rs.getString(1));
          }
        }
      }
      // The audit log records every registry call in its own transaction, even one whose job
      // then failed: a write made twice under the same key is a job that ran twice, which the
      // registry's idempotency absorbed (its records are counted below).
      repeatedWriteCalls =
          extra(
              db,
              "select count(*) from registry_access_log where outcome = 'WRITTEN'"
                  + " and dossier_id in (select id from dossier where idempotency_key like ?)"
                  + " group by detail having count(*) > 1",
              keys);
      failedJobRuns =
          single(db, "select count(*) from act_hi_job_log where job_exception_msg_ is not null");
      // A notify-citizen instance ends only when the wallet acknowledged the notification.
      try (PreparedStatement query =
          db.prepareStatement(
              "select business_key_ from act_hi_procinst where proc_def_key_ = 'notify-citizen'"
                  + " and end_time_ is not null")) {
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            String[] key = rs.getString(1).split(":");
            if (key.length >= 2 && statusById.containsKey(key[0])) {
              acknowledged.add(key[0] + ":" + key[1]);
            }
          }
        }
      }
      incidents = single(db, "select count(*) from act_ru_incident");
      pendingJobs =
          single(db, "select count(*) from act_ru_job where retries_ > 0 and type_ <> 'timer'");
      lockedJobs =
          single(
              db,
              "select count(*) from act_ru_job where lock_exp_time_ is not null"
                  + " and lock_exp_time_ > current_timestamp");
    }

    int filed = portal.answered.size();
    int present = 0;
    int answeredTwice = 0;
    List<String> lost = new ArrayList<>();
    for (Map.Entry<String, Set<String>> answer : portal.answered.entrySet()) {
      answeredTwice += answer.getValue().size() - 1;
      if (answer.getValue().stream().allMatch(statusById::containsKey)) {
        present++;
      } else {
        lost.add(answer.getKey() + "=" + answer.getValue());
      }
    }
    int unansweredButPresent =
        (int) idByKey.keySet().stream().filter(key -> !portal.answered.containsKey(key)).count();

    // Write-backs: each dossier's child has its own name, so a second record of it is a second
    // write, whatever idempotency key it was made under.
    Map<String, Integer> writes;
    List<String> lostWrites = new ArrayList<>();
    List<String> lostNotifications = new ArrayList<>();
    try (Connection db = registries.open()) {
      writes = new TreeMap<>();
      writes.put(
          "civil-status births",
          extra(
              db,
              "select count(*) from sandbox_civil_status_birth where child_name like ?"
                  + " group by child_name having count(*) > 1",
              "Resilience " + scenario + " %"));
      writes.put(
          "population newborns",
          extra(
              db,
              "select count(*) from sandbox_population_citizen where full_name like ?"
                  + " group by full_name having count(*) > 1",
              "Resilience " + scenario + " %"));
      writes.put(
          "wallet notifications",
          extra(
              db,
              "select count(*) from sandbox_wallet_notification where dossier_id in ("
                  + String.join(",", quoted(statusById.keySet()))
                  + ") group by dossier_id, status having count(*) > 1",
              null));
      Set<String> childrenWithBirth = new HashSet<>();
      try (PreparedStatement query =
          db.prepareStatement(
              "select child_name from sandbox_civil_status_birth where child_name like ?")) {
        query.setString(1, "Resilience " + scenario + " %");
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            childrenWithBirth.add(rs.getString(1));
          }
        }
      }
      Set<String> childrenInPopulation =
          names(
              db,
              "select full_name from sandbox_population_citizen where full_name like ?",
              "Resilience " + scenario + " %");
      Set<String> notified = new HashSet<>();
      try (PreparedStatement query =
              db.prepareStatement("select dossier_id, status from sandbox_wallet_notification");
          ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          notified.add(rs.getString(1) + ":" + rs.getString(2));
        }
      }
      acknowledged.stream().filter(n -> !notified.contains(n)).forEach(lostNotifications::add);
      // A write-back the application counts as done (the dossier is COMPLETED) that the registry
      // does not hold is as lost as a dossier.
      idByKey.forEach(
          (key, id) -> {
            if ("COMPLETED".equals(statusById.get(id))
                && !(childrenWithBirth.contains(portal.childNames.get(key))
                    && childrenInPopulation.contains(portal.childNames.get(key)))) {
              lostWrites.add(id);
            }
          });
      long completed = statusById.values().stream().filter("COMPLETED"::equals).count();
      details.put("completed dossiers", completed);
      details.put("children with a civil-status birth record", childrenWithBirth.size());
      details.put("children in population", childrenInPopulation.size());
      details.put("completed without birth record or citizen (lost write)", lostWrites.size());
      details.put("notifications acknowledged", acknowledged.size());
      details.put("acknowledged notifications absent (lost write)", lostNotifications.size());
    }
    int writeDuplicates = writes.values().stream().mapToInt(Integer::intValue).sum();
    int duplicated = answeredTwice + rowsPerKeyDuplicates + instanceDuplicates + writeDuplicates;

    details.put("requests resent after a failure", portal.resent.get());
    details.put("filings resent at least once", portal.resentKeys.size());
    details.put("answers marked Idempotent-Replayed", portal.replayed.get());
    details.put("filings never answered", portal.unanswered.get());
    details.put("filings refused (4xx)", portal.refusals.size());
    details.put("rows without a 201 answer", unansweredButPresent);
    details.put(
        "duplicates: 2nd id per key / rows per key / instances",
        answeredTwice + " / " + rowsPerKeyDuplicates + " / " + instanceDuplicates);
    details.put("duplicate write-backs", writes);
    details.put("registry writes called again with the same key", repeatedWriteCalls);
    details.put("job runs that failed (to be retried)", failedJobRuns);
    details.put("jobs still to run (not timers)", pendingJobs);
    details.put("jobs still locked at the end", lockedJobs);
    if (!lost.isEmpty()) {
      details.put("lost (key=id)", abbreviate(lost));
    }
    if (!stuck.isEmpty()) {
      details.put("stuck dossiers", abbreviate(stuck));
    }
    if (!portal.refusals.isEmpty()) {
      details.put("first refusal", abbreviate(List.of(portal.refusals.peek())));
    }
    if (!lostWrites.isEmpty()) {
      details.put("lost writes (dossier ids)", abbreviate(lostWrites));
    }
    if (!lostNotifications.isEmpty()) {
      details.put("lost notifications (dossier:status)", abbreviate(lostNotifications));
    }
    return new Figures(
        scenario,
        filed,
        present,
        lost.size() + lostWrites.size() + lostNotifications.size(),
        duplicated,
        stuck.size(),
        incidents,
        details);
  }

  private static Set<String> names(Connection db, String sql, String parameter)
      throws SQLException {
    Set<String> names = new HashSet<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }

  private static List<String> quoted(Set<String> ids) {
    List<String> quoted = new ArrayList<>();
    quoted.add("''");
    ids.forEach(id -> quoted.add("'" + id.replace("'", "''") + "'"));
    return quoted;
  }

  private static String abbreviate(List<String> values) {
    String all = String.join(", ", values);
    return all.length() > 300 ? all.substring(0, 300) + " …(" + values.size() + ")" : all;
  }

  /** Sum over the groups of "count(*) having count(*) > 1" of the copies beyond the first. */
  private static int extra(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      if (parameter != null) {
        query.setString(1, parameter);
      }
      int extra = 0;
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          extra += rs.getInt(1) - 1;
        }
      }
      return extra;
    }
  }

  static long single(Connection db, String sql) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql);
        ResultSet rs = query.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
