package vn.dvc.procedure.deathregistration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dvc.dataquality.DataIssue;
import vn.dvc.dataquality.DataIssueKind;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.population.Pin;
import vn.dvc.time.EngineClock;

/**
 * Compares the electronic death notice the look-up found with the declaration and sets the facts
 * the decisions need: {@code deathNoticeStatus} — MATCHES, MISMATCH, NOT_FOUND (a quoted number no
 * facility issued) or NONE (no number quoted and no notice about the person) — and {@code
 * daysSinceDeath}. A notice naming another person or another date is a conflict for the officer,
 * recorded on the dossier, and the notice cannot replace the paper one.
 */
@Component("assessDeathNotice")
class AssessDeathNoticeDelegate implements JavaDelegate {

  private final DossierRepository dossiers;

  AssessDeathNoticeDelegate(DossierRepository dossiers) {
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Pin deceased = Pin.of(text(execution, "deceasedPin"));
    LocalDate declared = LocalDate.parse(text(execution, "dateOfDeath"));
    execution.setVariable("daysSinceDeath", ChronoUnit.DAYS.between(declared, EngineClock.today()));

    String noticeNo = text(execution, "deathNoticeNo");
    if (noticeNo == null) {
      execution.setVariable("deathNoticeStatus", "NONE");
      return;
    }
    if (!Boolean.TRUE.equals(execution.getVariable("deathNoticeFound"))) {
      execution.setVariable("deathNoticeStatus", "NOT_FOUND");
      return;
    }
    // Looked up by the deceased's PIN, the notice has no PIN output: it is about the deceased.
    String noticePinText = text(execution, "deathNoticePin");
    Pin noticePin = noticePinText == null ? deceased : Pin.of(noticePinText);
    LocalDate noticeDate = LocalDate.parse(text(execution, "deathNoticeDateOfDeath"));
    boolean matches = noticePin.equals(deceased) && noticeDate.equals(declared);
    if (!matches) {
      dossiers.addDataIssues(
          text(execution, "dossierId"),
          List.of(
              new DataIssue(
                  DataIssueKind.DEATH_NOTICE_MISMATCH,
                  deceased,
                  "Electronic death notice "
                      + noticeNo
                      + " names "
                      + noticePin
                      + " and date of death "
                      + noticeDate
                      + "; the dossier declares "
                      + deceased
                      + " and "
                      + declared
                      + ".")));
    }
    execution.setVariable("deathNoticeStatus", matches ? "MATCHES" : "MISMATCH");
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
