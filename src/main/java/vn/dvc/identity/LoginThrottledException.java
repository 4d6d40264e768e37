package vn.dvc.identity;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * This source must wait before trying another password for this account. An {@link
 * AccountStatusException} so that Spring Security's provider manager stops at it instead of asking
 * another provider, whose "bad credentials" would hide the wait.
 */
class LoginThrottledException extends AccountStatusException {

  private final Duration retryAfter;

  LoginThrottledException(Duration retryAfter) {
    super("Too many wrong passwords from this address");
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }
}
