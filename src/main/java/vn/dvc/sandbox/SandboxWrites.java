package vn.dvc.sandbox;

import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.registry.IdempotencyKey;

/**
 * Makes a sandbox write idempotent the way a real registry does: the write and its key commit
 * together in their own transaction (as a remote registry commits independently of our job), and a
 * repeated key answers the record made the first time.
 */
public final class SandboxWrites {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public SandboxWrites(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * A value a write cannot do without. Missing, it is a bad request (400 from the sandbox server),
   * never a NullPointerException, which would answer 500 and make the client retry and count it
   * against the registry's circuit.
   */
  public static <T> T required(T value, String what) {
    if (value == null) {
      throw new IllegalArgumentException("the request names no " + what);
    }
    return value;
  }

  /**
   * Runs {@code write} unless {@code key} was written before; {@code write} answers the reference
   * of the record it made, and {@code read} turns a reference into the record.
   */
  public <T> T once(
      String registry, IdempotencyKey key, Supplier<String> write, Function<String, T> read) {
    return ownTransaction.execute(
        status -> {
          String reference =
              jdbc
                  .queryForList(
                      "select reference from sandbox_write where idempotency_key = ?",
                      String.class,
                      key.value())
                  .stream()
                  .findFirst()
                  .orElse(null);
          if (reference == null) {
            reference = write.get();
            jdbc.update(
                "insert into sandbox_write (idempotency_key, registry, reference, written_at)"
                    + " values (?, ?, ?, ?)",
                key.value(),
                registry,
                reference,
                OffsetDateTime.now());
          }
          return read.apply(reference);
        });
  }
}
