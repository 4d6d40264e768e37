package vn.dvc.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/** One procedure of the catalogue. */
public record Procedure(
    String key,
    int number,
    LocalizedText name,
    Authority authority,
    TimeLimit timeLimit,
    Fee fee,
    List<String> legalBasis,
    @JsonIgnore String dataSchema) {

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
