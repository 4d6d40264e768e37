package vn.dvc.time;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Now, as the process engine sees it. Timers fire by the engine's clock, and tests move that clock
 * to reach a deadline; dossier timestamps and SLA computations must read the same clock, or a moved
 * clock would put a warning before the filing it warns about. The engine's clock is internal API,
 * hence wrapped here and nowhere else.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
