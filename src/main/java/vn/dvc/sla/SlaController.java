package vn.dvc.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvc.api.ApiProblem;
import vn.dvc.calendar.WorkingCalendar;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.identity.Groups;
import vn.dvc.time.EngineClock;

/**
 * The supervisors' SLA API, also called by the Cockpit dashboard: KPIs per procedure, commune and
 * province, the weekly on-time trend, the dossiers behind each figure, and one dossier's deadline.
 * A supervisor sees their own province only; administrators and analysts see all.
 */
@RestController
@RequestMapping("/api/v1/sla")
class SlaController {
  private static final int MAX_WEEKS = 52;

  private final SlaKpis kpis;
  private final SlaRepository slas;
  private final DossierRepository dossiers;
  private final WorkingCalendar calendar;

  SlaController(
      SlaKpis kpis, SlaRepository slas, DossierRepository dossiers, WorkingCalendar calendar) {
    this.kpis = kpis;
    this.slas = slas;
    this.dossiers = dossiers;
    this.calendar = calendar;
  }

  record KpiReport(Instant asOf, LocalDate from, LocalDate to, List<SlaFigures> figures) {}

  record Week(LocalDate weekStart, long finishedOnTime, long finishedLate, Double onTimeRate) {}

  record Trend(List<Week> weeks) {}

  record DossierList(List<SlaKpis.ListedDossier> dossiers) {}

  @GetMapping("/kpis")
  KpiReport kpis(
      @RequestParam(required = false) String procedure,
      @RequestParam(required = false) String communeCode,
      @RequestParam(required = false) String provinceCode,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "procedure,commune") String groupBy,
      Authentication user) {
    Set<String> dimensions =
        Arrays.stream(groupBy.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    if (!SlaQuery.DIMENSIONS.containsAll(dimensions)) {
      throw ApiProblem.invalidQuery(
          "groupBy takes procedure, commune and province, not " + groupBy + ".");
    }
    Period period = period(from, to);
    SlaQuery query =
        period.query(procedure, communeCode, scope(user, provinceCode), dimensions, calendar);
    return new KpiReport(EngineClock.now(), period.from(), period.to(), kpis.figures(query));
  }

  @GetMapping("/trend")
  Trend trend(
      @RequestParam(defaultValue = "8") int weeks,
      @RequestParam(required = false) String procedure,
      @RequestParam(required = false) String communeCode,
      @RequestParam(required = false) String provinceCode,
      Authentication user) {
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw ApiProblem.invalidQuery("weeks must be between 1 and " + MAX_WEEKS + ".");
    }
    Set<String> provinces = scope(user, provinceCode);
    LocalDate thisWeek = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Week> trend = new ArrayList<>();
    for (int i = weeks - 1; i >= 0; i--) {
      LocalDate start = thisWeek.minusWeeks(i);
      List<SlaFigures> total =
          kpis.finishedFigures(
              new Period(start, start.plusDays(6))
                  .query(procedure, communeCode, provinces, Set.of(), calendar));
      trend.add(
          total.isEmpty()
              ? new Week(start, 0, 0, null)
              : new Week(
                  start,
                  total.get(0).finishedOnTime(),
                  total.get(0).finishedLate(),
                  total.get(0).onTimeRate()));
    }
    return new Trend(trend);
  }

  @GetMapping("/dossiers")
  DossierList dossiers(
      @RequestParam String figure,
      @RequestParam(required = false) String procedure,
      @RequestParam(required = false) String communeCode,
      @RequestParam(required = false) String provinceCode,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Authentication user) {
    Figure which = Figure.fromApiName(figure);
    if (which == null) {
      throw ApiProblem.invalidQuery(
          "figure is one of "
              + Arrays.stream(Figure.values()).map(Figure::apiName).toList()
              + ", not "
              + figure
              + ".");
    }
    SlaQuery query =
        period(from, to)
            .query(procedure, communeCode, scope(user, provinceCode), Set.of(), calendar);
    return new DossierList(kpis.dossiers(which, query));
  }

  @GetMapping("/dossiers/{dossierId}")
  SlaDossierView dossier(@PathVariable String dossierId, Authentication user) {
    Set<String> provinces = scope(user, null);
    DossierSla sla =
        slas.find(dossierId)
            .filter(s -> provinces.isEmpty() || provinces.contains(s.provinceCode()))
            .orElseThrow(
                () ->
                    new ApiProblem(
                        HttpStatus.NOT_FOUND,
                        "dossier-not-found",
                        "Dossier not found",
                        "There is no dossier " + dossierId + " that you supervise."));
    DossierRepository.DossierSummary dossier = dossiers.summary(dossierId).orElseThrow();
    return new SlaDossierView(
        sla.dossierId(),
        dossier.processInstanceId(),
        sla.procedureKey(),
        sla.communeCode(),
        sla.provinceCode(),
        dossier.status().name(),
        sla.clockState().name(),
        sla.startedAt(),
        sla.dueDate(),
        sla.pausedAt(),
        sla.pausedWorkingDays(),
        sla.warnedAt(),
        sla.escalatedAt(),
        sla.finishedAt(),
        sla.onTime(),
        sla.processingWorkingDays(),
        dossiers.dataIssues(dossierId).stream()
            .map(i -> new SlaDossierView.Issue(i.kind().name(), i.pin().value(), i.message()))
            .toList(),
        dossiers.timeline(dossierId).stream()
            .map(e -> new SlaDossierView.Event(e.at(), e.event(), e.detail()))
            .toList());
  }

  /** A period of whole days in the calendar's zone, both ends included. */
  private record Period(LocalDate from, LocalDate to) {
    SlaQuery query(
        String procedure,
        String communeCode,
        Set<String> provinces,
        Set<String> groupBy,
        WorkingCalendar calendar) {
      return new SlaQuery(
          procedure,
          communeCode,
          provinces,
          from.atStartOfDay(calendar.zone()).toInstant(),
          to.plusDays(1).atStartOfDay(calendar.zone()).toInstant(),
          groupBy);
    }
  }

  private Period period(String from, String to) {
    LocalDate today = today();
    LocalDate periodFrom = date(from, "from", today.withDayOfMonth(1));
    LocalDate periodTo = date(to, "to", today);
    if (periodTo.isBefore(periodFrom)) {
      throw ApiProblem.invalidQuery(
          "The period ends (" + periodTo + ") before it starts (" + periodFrom + ").");
    }
    return new Period(periodFrom, periodTo);
  }

  private LocalDate today() {
    return EngineClock.now().atZone(calendar.zone()).toLocalDate();
  }

  /** The provinces this user may see (empty: all), narrowed to the one asked for. */
  private static Set<String> scope(Authentication user, String provinceCode) {
    Set<String> groups = Groups.of(user);
    if (groups.contains(Groups.ADMINISTRATORS) || groups.contains(Groups.ANALYSTS)) {
      return provinceCode == null ? Set.of() : Set.of(provinceCode);
    }
    Set<String> own =
        groups.stream()
            .map(Groups::supervisedProvince)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    if (own.isEmpty()) {
      throw ApiProblem.forbidden(
          "Only supervisors, analysts and administrators see the SLA figures.");
    }
    if (provinceCode == null) {
      return own;
    }
    if (!own.contains(provinceCode)) {
      throw ApiProblem.forbidden(
          "You supervise province " + String.join(", ", own) + ", not " + provinceCode + ".");
    }
    return Set.of(provinceCode);
  }

  private static LocalDate date(String value, String name, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiProblem.invalidQuery(name + " must be a date like 2026-11-01, not " + value + ".");
    }
  }
}
