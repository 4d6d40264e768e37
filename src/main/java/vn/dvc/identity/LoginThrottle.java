package vn.dvc.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts wrong passwords per (source, account) and makes that source wait, with a delay doubling
 * from {@code firstDelay} to {@code maxDelay}, once it has sent {@code freeFailures} of them; the
 * right password from that source forgets them. Another source is never affected, so nobody can
 * lock someone else's account, which the engine's own per-account lockout allowed (switched off in
 * application.yaml).
 *
 * <p>The counts live in a bounded in-memory cache on each node: with N nodes a source gets N times
 * the attempts, and a restart forgets them. A source is the client's IP address as the servlet
 * container reports it (behind a proxy, see {@code server.forward-headers-strategy}).
 */
class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  /** Long enough for any real account name; longer names share their bucket, which is harmless. */
  private static final int MAX_USER_LENGTH = 256;

  private final LoginThrottleProperties properties;
  private final Clock clock;
  private final Cache<Key, Failures> failures;

  LoginThrottle(LoginThrottleProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    this.failures =
        Caffeine.newBuilder()
            .maximumSize(properties.maxEntries())
            .expireAfterWrite(properties.forgetAfter())
            // The cache's notion of time follows the clock, so that tests can move it.
            .ticker(() -> clock.millis() * 1_000_000L)
            .build();
  }

  /**
   * How long {@code source} must still wait before trying a password for {@code user}, if at all.
   */
  Optional<Duration> waitBeforeTrying(String source, String user) {
    Failures known = failures.getIfPresent(Key.of(source, user));
    Instant now = clock.instant();
    if (known == null || known.blockedUntil() == null || !known.blockedUntil().isAfter(now)) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, known.blockedUntil());
    log.warn(
        "Password attempt for user {} from {} refused: {} wrong passwords, retry in {} s",
        Key.of(source, user).user(),
        source,
        known.count(),
        seconds(wait));
    return Optional.of(wait);
  }

  void failed(String source, String user) {
    Instant now = clock.instant();
    Failures counted =
        failures
            .asMap()
            .compute(
                Key.of(source, user),
                (key, known) -> {
                  int count = known == null ? 1 : known.count() + 1;
                  return new Failures(
                      count, count < properties.freeFailures() ? null : now.plus(delay(count)));
                });
    if (counted.blockedUntil() != null) {
      log.warn(
          "Login throttled: user {} from {} after {} wrong passwords, next attempt in {} s",
          Key.of(source, user).user(),
          source,
          counted.count(),
          seconds(Duration.between(now, counted.blockedUntil())));
    }
  }

  void succeeded(String source, String user) {
    failures.invalidate(Key.of(source, user));
  }

  /** {@code firstDelay} at {@code freeFailures}, doubling with each failure after, capped. */
  private Duration delay(int count) {
    int doublings = count - properties.freeFailures();
    if (doublings >= 30) {
      return properties.maxDelay();
    }
    Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
    return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
  }

  /** Whole seconds, rounded up: what a {@code Retry-After} header says. */
  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private record Key(String source, String user) {
    static Key of(String source, String user) {
      String name = user == null ? "" : user.toLowerCase(Locale.ROOT);
      return new Key(
          source, name.length() > MAX_USER_LENGTH ? name.substring(0, MAX_USER_LENGTH) : name);
    }
  }

  /**
   * @param blockedUntil null while the source may still try freely
   */
  private record Failures(int count, Instant blockedUntil) {}
}
