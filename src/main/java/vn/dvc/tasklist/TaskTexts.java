package vn.dvc.tasklist;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.dvc.time.EngineClock;

/**
 * The name and description an officer reads in Tasklist's list, in Vietnamese: "what · dossier code
 * · applicant" as the name, and as the description the dossier, what to do and the due date as
 * dd/MM/yyyy in Vietnam's time, so the list tells whose dossier, what and by when without opening
 * the task.
 */
public final class TaskTexts {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(EngineClock.VIETNAM);

  static final String GENERIC_INSTRUCTION = "Xử lý hồ sơ theo biểu mẫu.";

  private TaskTexts() {}

  /** "Xem xét hồ sơ đăng ký khai sinh · 40163-260928-0001 · Phạm Văn An". */
  public static String name(String what, String dossierId, String applicant) {
    return what + " · " + dossierId + (blank(applicant) ? "" : " · " + applicant);
  }

  /**
   * "Hồ sơ 40163-… của Phạm Văn An. Xem xét … . Hạn xử lý: 28/09/2026." followed by the extra
   * sentence, when there is one.
   */
  public static String description(
      String dossierId, String applicant, String todo, Date due, String extra) {
    StringBuilder text = new StringBuilder("Hồ sơ ").append(dossierId);
    if (!blank(applicant)) {
      text.append(" của ").append(applicant);
    }
    text.append(". ").append(todo);
    if (due != null) {
      text.append(" Hạn xử lý: ").append(DAY.format(due.toInstant())).append('.');
    }
    if (!blank(extra)) {
      text.append(' ').append(extra);
    }
    return text.toString();
  }

  /** What the officer does in this task. */
  public static String todo(DelegateTask task) {
    return todo(task.getTaskDefinitionKey());
  }

  /**
   * What the officer does in each user task of the models, by task definition key; {@link
   * #GENERIC_INSTRUCTION} for a key not known here (a test holds every model's user task to a text
   * of its own).
   */
  static String todo(String taskDefinitionKey) {
    return switch (taskDefinitionKey) {
      case "Task_ReviewDossier" ->
          "Xem xét thông tin lấy từ các cơ sở dữ liệu rồi quyết định: đồng ý, từ chối, hoặc"
              + " yêu cầu công dân bổ sung giấy tờ mà không cơ sở dữ liệu nào có.";
      case "Task_SignDossier" -> "Ký để ban hành kết quả, hoặc trả lại cán bộ kèm lý do.";
      case "Task_HandleOverdueDossier" ->
          "Hồ sơ đã quá hạn: giao việc đang mở cho cán bộ khác, hoặc ghi lý do chậm.";
      case "Task_VerifyRegistryData" ->
          "Xác minh dữ liệu không thống nhất giữa các cơ sở dữ liệu với sổ hộ tịch giấy; không"
              + " yêu cầu công dân nộp giấy tờ.";
      case "Task_HandleOverdueVerification" ->
          "Việc xác minh đã quá hạn: giao cho cán bộ khác, hoặc ghi lý do chậm.";
      case "Task_ResolvePaymentProblem" -> "Chấp nhận hoặc hoàn trả khoản đã nộp, và ghi rõ lý do.";
      default -> GENERIC_INSTRUCTION;
    };
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
