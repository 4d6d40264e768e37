package vn.dvc.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads a sandbox file and loads it once, the marker row and the data in one transaction. */
@Component
public class SandboxData {

  private static final Logger log = LoggerFactory.getLogger(SandboxData.class);

  private final ObjectMapper json;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  /**
   * Files parsed while the registries load, kept until the application is ready: ten registries
   * load from sector-registries.json (2.4 MB), which is parsed once instead of ten times.
   */
  private final Map<String, JsonNode> parsed = new ConcurrentHashMap<>();

  public SandboxData(ObjectMapper json, JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.json = json;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /**
   * Runs {@code loader} with the parsed file unless the dataset was loaded before. A node that
   * loses the race on the marker row rolls back its copy, so the data is never loaded twice.
   */
  public void loadOnce(String dataset, String file, Consumer<JsonNode> loader) {
    Integer loaded =
        jdbc.queryForObject(
            "select count(*) from sandbox_dataset where name = ?", Integer.class, dataset);
    if (loaded != null && loaded > 0) {
      return;
    }
    JsonNode root = parsed.computeIfAbsent(file, this::read);
    boolean loadedHere =
        Boolean.TRUE.equals(
            transaction.execute(
                status -> {
                  try {
                    jdbc.update(
                        "insert into sandbox_dataset (name, loaded_at) values (?, ?)",
                        dataset,
                        OffsetDateTime.now());
                  } catch (DuplicateKeyException otherNodeWon) {
                    status.setRollbackOnly();
                    return false;
                  }
                  try {
                    loader.accept(root);
                  } catch (RuntimeException e) {
                    // A duplicate in the data must not pass for another node's load.
                    throw new IllegalStateException(
                        "Cannot load sandbox dataset " + dataset + " from " + file, e);
                  }
                  return true;
                }));
    if (loadedHere) {
      log.info("Loaded sandbox dataset {} from {}", dataset, file);
    } else {
      log.info("Sandbox dataset {} was loaded by another node", dataset);
    }
  }

  /** Loading is over once the application is ready; the parsed files need not stay in memory. */
  @EventListener(ApplicationReadyEvent.class)
  void forgetParsedFiles() {
    parsed.clear();
  }

  private JsonNode read(String file) {
    try (InputStream in = new ClassPathResource("sandbox-data/" + file).getInputStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sandbox-data/" + file, e);
    }
  }

  public static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  public static LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : LocalDate.parse(value);
  }
}
