package vn.dvc.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link H2DurabilityTest}: commits one row at a time into the H2 database at
 * the URL given, printing {@code committed <i>} after each commit has returned, until killed.
 */
public final class H2CommitWriter {

  private H2CommitWriter() {}

  public static void main(String[] args) throws SQLException {
    try (Connection db = DriverManager.getConnection(args[0], "sa", "")) {
      try (Statement ddl = db.createStatement()) {
        ddl.execute("create table if not exists answered (id int primary key, body varchar(200))");
      }
      db.setAutoCommit(false);
      try (PreparedStatement insert =
          db.prepareStatement("insert into answered (id, body) values (?, ?)")) {
        for (int i = 1; i <= 1_000_000; i++) {
          insert.setInt(1, i);
          insert.setString(2, "dossier " + i);
          insert.executeUpdate();
          db.commit();
          // What an HTTP 201 is to a client: the commit returned, the answer is out.
          System.out.println("committed " + i);
          System.out.flush();
        }
      }
    }
  }
}
