package vn.dvc.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/**
 * Lets one node at a time start on a shared PostgreSQL database. Everything that creates or seeds
 * tables at start-up — Flyway, the engine's schema, the sandbox datasets, the demo accounts, the
 * authorizations and filters, the model deployment — is written for a database that one node starts
 * at a time; two nodes on a fresh database both created the engine's tables and the second stopped
 * on a duplicate key. So the first thing done with the DataSource, before Flyway or the engine can
 * use it, is to take a session-level advisory lock on a connection of its own; the lock is released
 * when the application is ready, and with the connection when the start fails (the context closes,
 * PostgreSQL drops a session's locks with it). A node that finds the lock taken waits, then starts
 * on the schema and data the first one made.
 *
 * <p>On H2 nothing is done: the embedded database file belongs to one process.
 */
@Component
class StartupLock
    implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

  /** Any constant of our own: "dvcstart" in ASCII. */
  static final long KEY = 0x6476637374617274L;

  private Connection holder;
  private boolean decided;

  @Override
  public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
    // Only the first DataSource: a second lock from this process on another connection would
    // wait for ourselves.
    if (bean instanceof DataSource dataSource && !decided) {
      decided = true;
      holder = acquire(dataSource);
    }
    return bean;
  }

  private static Connection acquire(DataSource dataSource) {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return null;
      }
      connection.setAutoCommit(true);
      if (!answer(connection, "select pg_try_advisory_lock(?)")) {
        log.info("Another node is starting on this database; waiting until it is ready");
        try (PreparedStatement wait = connection.prepareStatement("select pg_advisory_lock(?)")) {
          wait.setLong(1, KEY);
          wait.execute();
        }
      }
      log.debug("Holding the start-up lock");
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new CannotGetJdbcConnectionException("Cannot take the start-up lock", e);
    }
  }

  private static boolean answer(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, KEY);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    release();
  }

  /** The start failed: the context closes, and the lock goes with the connection. */
  @Override
  public void destroy() {
    release();
  }

  private synchronized void release() {
    if (holder == null) {
      return;
    }
    try {
      if (answer(holder, "select pg_advisory_unlock(?)")) {
        log.debug("Released the start-up lock");
      }
    } catch (SQLException e) {
      // A pooled session would keep the lock, and the other nodes waiting, until this node
      // stops: end the session itself instead.
      log.warn("Could not release the start-up lock; ending its database session", e);
      try {
        holder.abort(Runnable::run);
      } catch (SQLException | RuntimeException abortFailed) {
        log.warn("Could not end the session of the start-up lock", abortFailed);
      }
    } finally {
      closeQuietly(holder);
      holder = null;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      log.debug("Closing the start-up lock's connection failed", e);
    }
  }
}
