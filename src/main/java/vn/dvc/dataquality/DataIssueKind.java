package vn.dvc.dataquality;

/** The defect kinds of {@code sandbox-data/README.md}, plus what a procedure itself detects. */
public enum DataIssueKind {
  ID_CARD_ISSUE_DATE_MISSING,
  MARITAL_STATUS_MISMATCH,
  MARRIAGE_NOT_DIGITISED,
  BIRTH_NOT_DIGITISED,
  DEATH_NOT_SYNCED,
  ADDRESS_NOT_UPDATED_AFTER_REFORM,
  BIRTH_CERTIFICATE_MISMATCH,
  BIRTH_ALREADY_REGISTERED,
  DEATH_NOTICE_MISMATCH
}
