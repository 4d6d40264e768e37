package vn.dvc.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/** One procedure of the catalogue. */
public record Procedure(
    String key,
    int number,
    LocalizedText name,
    Authority authority,
    TimeLimit timeLimit,
    Fee fee,
    List<String> legalBasis,
    @JsonIgnore String dataSchema,
    @JsonIgnore Handling handling) {

  /**
   * The procedure's descriptor for the frame {@code handle-dossier}: who reviews, signs and
   * verifies its dossiers, with which form and under which task name, and which of its facts the
   * officer sees. Null while the procedure is not built. A group is a pattern such as {@code
   * commune-{communeCode}-civil-status}, whose {@code {variable}} the frame fills from the dossier.
   *
   * @param parts the parts of an interlinked procedure, each handled by its own call of the frame
   *     (the first with the dossier's documents); empty for a single procedure
   * @param documentDecisions the decisions of the documents when not only the procedure's own
   * @param payment who handles the dossier's payment problems; null for the review group. A
   *     procedure without {@code review} (straight through once paid, like paying a traffic fine)
   *     must name it, since nobody else would see a payment that went wrong
   */
  public record Handling(
      Step review,
      Step signature,
      Step verification,
      List<Fact> facts,
      Map<String, Part> parts,
      List<String> documentDecisions,
      Payment payment) {

    /**
     * The decisions that decide the dossier's documents, in order: the descriptor's {@code
     * documentDecisions} (an interlinked procedure reuses a single procedure's decision and adds
     * its own), else the procedure's own {@code <key>-required-documents}.
     */
    public List<String> documentDecisions(String procedureKey) {
      return documentDecisions.isEmpty()
          ? List.of(procedureKey + "-required-documents")
          : documentDecisions;
    }

    /** The handling of one part, or of the whole dossier when {@code part} is null. */
    public Part part(String part) {
      if (part == null) {
        return new Part(
            new LocalizedText("Toàn bộ hồ sơ", "Whole dossier"),
            review,
            signature,
            verification,
            true,
            null);
      }
      Part found = parts.get(part);
      if (found == null) {
        throw new IllegalArgumentException("No part \"" + part + "\" in the handling descriptor");
      }
      return found;
    }
  }

  /**
   * One human step of the frame.
   *
   * @param group candidate group pattern, e.g. {@code commune-{communeCode}-chair}
   * @param form the form's id in {@code forms/}
   * @param task the task's name in Tasklist
   * @param approval what the review must record before it may approve, or null
   */
  public record Step(String group, String form, LocalizedText task, Approval approval) {}

  /**
   * What must be recorded on a review before it may approve (marriage: both parties present and
   * signed): each variable true, else the completion is refused with {@code message} and the
   * missing facts' labels, and the task stays open. Null when an approval needs nothing more.
   */
  public record Approval(List<Fact> requires, LocalizedText message) {}

  /** A process variable the officer sees on the review and signing forms, with its label. */
  public record Fact(String variable, LocalizedText label) {}

  /**
   * A part of an interlinked procedure.
   *
   * @param documents whether this part decides the required documents and waits for supplements
   *     (the first part: the dossier's documents are decided once)
   * @param workingDays the part's share of the time limit, counted from when it starts; null to use
   *     the dossier's due date
   */
  public record Part(
      LocalizedText name,
      Step review,
      Step signature,
      Step verification,
      boolean documents,
      Integer workingDays) {}

  /**
   * Who handles the dossier's payment problems (a payment of another amount, a registry that
   * refuses to record a paid fine).
   *
   * @param group candidate group pattern, e.g. {@code province-{provinceCode}-traffic-police}
   */
  public record Payment(String group) {}

  public record LocalizedText(String vi, String en) {}

  /**
   * The authority that decides, in words, and {@code agency}: which agency's group receives the
   * procedure's dossiers where they are filed (an {@code vn.dvc.identity.Agency} name such as
   * {@code CIVIL_STATUS}), so that its officers see a dossier before any task exists.
   */
  public record Authority(String vi, String en, String agency) {}

  public record TimeLimit(int amount, TimeLimitUnit unit, String note, boolean unconfirmed) {}

  /** {@code amountVnd} is the online fee; null when it varies or is not known. */
  public record Fee(Long amountVnd, String note, boolean unconfirmed) {}

  public enum TimeLimitUnit {
    WORKING_DAYS,
    DAYS,
    HOURS,
    IMMEDIATE
  }
}
