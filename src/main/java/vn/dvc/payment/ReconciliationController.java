package vn.dvc.payment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.api.ApiProblem;
import vn.dvc.identity.Caller;
import vn.dvc.identity.Groups;
import vn.dvc.time.EngineClock;

/**
 * The daily payment reconciliation over REST: finance officers of a province see the mismatches of
 * their province's dossiers, administrators all of them; anyone else is refused.
 */
@RestController
@RequestMapping("/api/v1/payments/reconciliations")
class ReconciliationController {

  private final PaymentReconciliation reconciliation;

  ReconciliationController(PaymentReconciliation reconciliation) {
    this.reconciliation = reconciliation;
  }

  @GetMapping("/{day}")
  Reconciliation report(@PathVariable String day, Authentication authentication) {
    Scope scope = scope(authentication);
    LocalDate date = day(day);
    return reconciliation
        .report(date)
        .map(scope::filter)
        .orElseThrow(
            () -> ApiProblem.of(HttpStatus.NOT_FOUND, "reconciliation-not-run", date.toString()));
  }

  /** Runs the day's reconciliation now (again), replacing its report. */
  @PostMapping("/{day}")
  Reconciliation run(@PathVariable String day, Authentication authentication) {
    Scope scope = scope(authentication);
    return scope.filter(reconciliation.reconcile(day(day)));
  }

  /** Which provinces' lines the caller sees; all of them for an administrator. */
  private record Scope(boolean all, Set<String> provinces) {
    Reconciliation filter(Reconciliation report) {
      return all ? report : report.only(l -> provinces.contains(l.provinceCode()));
    }
  }

  private static Scope scope(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    if (caller.groups().contains(Groups.ADMINISTRATORS)) {
      return new Scope(true, Set.of());
    }
    Set<String> provinces =
        caller.groups().stream()
            .map(Groups::financeProvince)
            .flatMap(java.util.Optional::stream)
            .collect(Collectors.toSet());
    if (caller.isCitizen() || provinces.isEmpty()) {
      throw ApiProblem.of(HttpStatus.FORBIDDEN, "not-finance-officer");
    }
    return new Scope(false, provinces);
  }

  private static LocalDate day(String value) {
    LocalDate day;
    try {
      day = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiProblem.of(HttpStatus.BAD_REQUEST, "invalid-query")
          .detail("problem.invalid-query.day", value);
    }
    if (day.isAfter(EngineClock.today())) {
      throw ApiProblem.of(HttpStatus.BAD_REQUEST, "invalid-query")
          .detail("problem.invalid-query.future-day", day.toString());
    }
    return day;
  }
}
