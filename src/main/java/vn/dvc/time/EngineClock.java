package vn.dvc.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Now, as the process engine sees it. Timers fire by the engine's clock, and tests move that clock
 * to reach a deadline; dossier timestamps and SLA computations must read the same clock, or a moved
 * clock would put a warning before the filing it warns about. The engine's clock is internal API,
 * hence wrapped here and nowhere else.
 */
public final class EngineClock {

  private EngineClock() {}

  /** The zone of every date a citizen or an officer sees. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today's date in Vietnam by the engine's clock, so that it moves with timers in tests. */
  public static LocalDate today() {
    return now().atZone(VIETNAM).toLocalDate();
  }
}
