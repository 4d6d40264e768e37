package vn.dvc.dossier;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tells the citizen of every change of their dossier's status by starting the building block {@code
 * notify-citizen}, in the transaction that changes the status: the notification is sent (with
 * retries) exactly when the change commits, and a rolled-back change sends nothing.
 */
@Component
class CitizenNotifications {

  static final String PROCESS = "notify-citizen";

  private final RuntimeService runtime;

  // Lazy: the engine's listeners reach this bean while the engine itself is being built.
  CitizenNotifications(@Lazy RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Called by {@link DossierStatusListener} with the dossier as it was before the change. */
  void tell(DossierRepository.DossierRow dossier, DossierStatus status, Instant at, String reason) {
    Map<String, Object> variables =
        Map.of(
            "dossierId", dossier.id(),
            "procedureKey", dossier.procedureKey(),
            "recipientPin", dossier.applicantPin(),
            "status", status.name(),
            "message", messageFor(dossier.id(), status, reason),
            "communeCode", dossier.communeCode());
    String businessKey = dossier.id() + ":" + status.name() + ":" + at.toEpochMilli();
    // The change runs as whoever completed the task (an officer through Tasklist), who may start
    // no process; notifying the citizen is the system's duty, so the engine's check is suspended
    // for this start alone.
    CommandContext command = Context.getCommandContext();
    boolean checking = command != null && command.isAuthorizationCheckEnabled();
    if (checking) {
      command.disableAuthorizationCheck();
    }
    try {
      runtime.startProcessInstanceByKey(PROCESS, businessKey, variables);
    } finally {
      if (checking) {
        command.enableAuthorizationCheck();
      }
    }
  }

  /** What the citizen reads in the VNeID app; the portal shows the details. */
  static String messageFor(String dossierId, DossierStatus status, String reason) {
    if (status == DossierStatus.NOT_ACCEPTED && reason != null) {
      return "Hồ sơ " + dossierId + " không được tiếp nhận: " + reason + ".";
    }
    String what =
        switch (status) {
          case RECEIVED -> "đã được tiếp nhận.";
          case WAITING_FOR_DOCUMENTS -> "cần bổ sung giấy tờ; danh sách có trên Cổng Dịch vụ công.";
          case AWAITING_PAYMENT ->
              "đang chờ nộp phí; số tiền và đường dẫn thanh toán có trên Cổng Dịch vụ công.";
          case IN_REVIEW -> "đang được cán bộ xem xét.";
          case AWAITING_SIGNATURE -> "đã được cán bộ duyệt và đang chờ ký.";
          case COMPLETED -> "đã có kết quả; xem trên Cổng Dịch vụ công và ví VNeID.";
          case REFUSED -> "bị từ chối; lý do có trên Cổng Dịch vụ công.";
          case NOT_ACCEPTED -> "không được tiếp nhận vì giấy tờ không được bổ sung đúng hạn.";
        };
    return "Hồ sơ " + dossierId + " " + what;
  }
}
