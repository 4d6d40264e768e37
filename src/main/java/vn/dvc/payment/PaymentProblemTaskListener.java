package vn.dvc.payment;

import static vn.dvc.payment.FeeVariables.PAYMENT_PROBLEM;
import static vn.dvc.payment.FeeVariables.PAYMENT_REQUEST_ID;
import static vn.dvc.payment.FeeVariables.PAYMENT_RESOLUTION;
import static vn.dvc.payment.FeeVariables.PAYMENT_RESOLUTION_NOTE;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dvc.catalogue.Procedure;
import vn.dvc.catalogue.ProcedureCatalogue;
import vn.dvc.dossier.DossierRepository;
import vn.dvc.dossier.DossierTexts;
import vn.dvc.dossier.DossierVariables;
import vn.dvc.money.Vnd;
import vn.dvc.tasklist.TaskTexts;

/**
 * The payment officer's task of {@code resolve-payment-problem}. On create: names it after the
 * dossier and shows, as task variables, the problem in Vietnamese, the procedure and the asked and
 * paid amounts formatted from the ledger. On complete: refuses a decision other than ACCEPT or
 * REFUND or without a note (the task stays open), and records the decision on the timeline.
 */
@Component("paymentProblemTask")
class PaymentProblemTaskListener implements TaskListener {

  private final PaymentLedger ledger;
  private final ProcedureCatalogue catalogue;
  private final DossierRepository dossiers;
  private final DossierTexts texts;

  PaymentProblemTaskListener(
      PaymentLedger ledger,
      ProcedureCatalogue catalogue,
      DossierRepository dossiers,
      DossierTexts texts) {
    this.texts = texts;
    this.ledger = ledger;
    this.catalogue = catalogue;
    this.dossiers = dossiers;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      complete(task);
    } else {
      create(task);
    }
  }

  private void create(DelegateTask task) {
    String dossierId = task.getExecution().getProcessBusinessKey();
    String applicant =
        dossiers
            .summary(dossierId)
            .map(DossierRepository.DossierSummary::applicantName)
            .orElse(null);
    task.setName(TaskTexts.name(task.getName(), dossierId, applicant));
    String problem = label(PAYMENT_PROBLEM.from(task).getOrNull());
    task.setDescription(
        TaskTexts.description(
            dossierId,
            applicant,
            TaskTexts.todo(task),
            task.getDueDate(),
            problem.isEmpty() ? null : problem + "."));
    task.setVariableLocal("dossierId", dossierId);
    task.setVariableLocal(
        "procedureName",
        catalogue
            .find(DossierVariables.PROCEDURE_KEY.from(task).getOrNull())
            .map(Procedure::name)
            .map(Procedure.LocalizedText::vi)
            .orElse(""));
    task.setVariableLocal("paymentProblemLabel", problem);
    Optional<LedgerEntry> entry =
        Optional.ofNullable(PAYMENT_REQUEST_ID.from(task).getOrNull()).flatMap(ledger::find);
    task.setVariableLocal(
        "paymentAskedAmount", entry.map(e -> Vnd.format(e.amountVnd())).orElse("—"));
    task.setVariableLocal(
        "paymentPaidAmount", entry.map(LedgerEntry::paidAmountVnd).map(Vnd::format).orElse("—"));
  }

  private void complete(DelegateTask task) {
    String resolution = PAYMENT_RESOLUTION.from(task).getOrNull();
    String note = PAYMENT_RESOLUTION_NOTE.from(task).getOrNull();
    if (!"ACCEPT".equals(resolution) && !"REFUND".equals(resolution)) {
      throw new ProcessEngineException(
          "Chọn chấp nhận hoặc hoàn trả khoản đã nộp. (Choose ACCEPT or REFUND.)");
    }
    if (note == null || note.isBlank()) {
      throw new ProcessEngineException(
          "Ghi rõ lý do quyết định. (A note on the decision is required.)");
    }
    dossiers.addEvent(
        task.getExecution().getProcessBusinessKey(),
        "PAYMENT_PROBLEM_RESOLVED",
        texts.vietnamese(
            "ACCEPT".equals(resolution)
                ? "timeline.payment-problem-accepted"
                : "timeline.payment-problem-refunded",
            note));
  }

  private static String label(String problem) {
    if (problem == null) {
      return "";
    }
    return switch (problem) {
      case "AMOUNT_MISMATCH" -> "Số tiền đã nộp khác số tiền phải nộp";
      case "REGISTRY_REFUSED" -> "Cơ sở dữ liệu chuyên ngành từ chối ghi nhận khoản đã nộp";
      default -> problem;
    };
  }
}
