package vn.dvc.sla;

/**
 * The on-time figures of one group of dossiers (a procedure, commune or province, or all). Open,
 * due soon and overdue are as of now; finished on time or late and the average are for the period.
 */
public record SlaFigures(
    String procedure,
    String communeCode,
    String communeName,
    String provinceCode,
    long open,
    long dueSoon,
    long overdue,
    long finishedOnTime,
    long finishedLate,
    Double onTimeRate,
    Double averageProcessingWorkingDays) {

  static SlaFigures of(
      String procedure,
      String communeCode,
      String communeName,
      String provinceCode,
      long open,
      long dueSoon,
      long overdue,
      long onTime,
      long late,
      long processingDaysSum) {
    long finished = onTime + late;
    return new SlaFigures(
        procedure,
        communeCode,
        communeName,
        provinceCode,
        open,
        dueSoon,
        overdue,
        onTime,
        late,
        finished == 0 ? null : (double) onTime / finished,
        finished == 0 ? null : (double) processingDaysSum / finished);
  }
}
