package vn.dvc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * Loads a decision of {@code decisions/<key>.dmn} into a standalone DMN engine, so that a DMN test
 * checks the analysts' file itself, without an application context.
 */
public final class DecisionTables {

  /** The same FEEL engine the process engine evaluates business rule tasks with. */
  public static final DmnEngine ENGINE =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private DecisionTables() {}

  public static DmnDecision decision(String key) {
    try (InputStream dmn = open(key)) {
      return ENGINE.parseDecision(key, dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DmnModelInstance model(String key) {
    try (InputStream dmn = open(key)) {
      return Dmn.readModelFromStream(dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String key) {
    String resource = "decisions/" + key + ".dmn";
    InputStream dmn = DecisionTables.class.getClassLoader().getResourceAsStream(resource);
    if (dmn == null) {
      throw new IllegalArgumentException("No classpath resource " + resource);
    }
    return dmn;
  }
}
