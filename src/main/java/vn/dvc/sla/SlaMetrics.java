package vn.dvc.sla;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The SLA figures as gauges for monitoring tools ({@code /actuator/prometheus}), per procedure,
 * commune and province: {@code dvc_dossiers_open}, {@code dvc_dossiers_due_soon}, {@code
 * dvc_dossiers_overdue}, and all-time {@code dvc_dossiers_finished{on_time="true|false"}}. They
 * come from the shared database, so every engine node reports the same cluster-wide values.
 */
@Component
class SlaMetrics {

  private final SlaKpis kpis;
  private final MultiGauge open;
  private final MultiGauge dueSoon;
  private final MultiGauge overdue;
  private final MultiGauge finished;

  SlaMetrics(SlaKpis kpis, MeterRegistry registry) {
    this.kpis = kpis;
    this.open = gauge(registry, "dvc.dossiers.open", "Dossiers not finished");
    this.dueSoon =
        gauge(registry, "dvc.dossiers.due.soon", "Open dossiers due within the warning window");
    this.overdue = gauge(registry, "dvc.dossiers.overdue", "Open dossiers past their due date");
    this.finished = gauge(registry, "dvc.dossiers.finished", "Finished dossiers, on time or late");
  }

  @Scheduled(
      fixedDelayString = "${dvc.sla.metrics-refresh}",
      initialDelayString = "${dvc.sla.metrics-refresh}")
  void refresh() {
    List<SlaFigures> figures =
        kpis.figures(
            new SlaQuery(
                null,
                null,
                Set.of(),
                Instant.EPOCH,
                Instant.parse("9999-01-01T00:00:00Z"),
                Set.of("procedure", "commune", "province")));
    open.register(rows(figures, SlaFigures::open, null), true);
    dueSoon.register(rows(figures, SlaFigures::dueSoon, null), true);
    overdue.register(rows(figures, SlaFigures::overdue, null), true);
    List<MultiGauge.Row<?>> both =
        new ArrayList<>(rows(figures, SlaFigures::finishedOnTime, "true"));
    both.addAll(rows(figures, SlaFigures::finishedLate, "false"));
    finished.register(both, true);
  }

  private static List<MultiGauge.Row<?>> rows(
      List<SlaFigures> figures, ToLongFunction<SlaFigures> value, String onTime) {
    return figures.stream()
        .<MultiGauge.Row<?>>map(
            f -> {
              Tags tags =
                  Tags.of(
                      "procedure", f.procedure(),
                      "commune", f.communeCode(),
                      "province", f.provinceCode());
              long count = value.applyAsLong(f);
              return MultiGauge.Row.of(onTime == null ? tags : tags.and("on_time", onTime), count);
            })
        .toList();
  }

  private static MultiGauge gauge(MeterRegistry registry, String name, String description) {
    return MultiGauge.builder(name).description(description).register(registry);
  }
}
