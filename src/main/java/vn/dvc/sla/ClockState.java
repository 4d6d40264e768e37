package vn.dvc.sla;

/** The dossier's deadline clock. */
enum ClockState {
  /** Not complete yet: no deadline runs. */
  NOT_STARTED,
  RUNNING,
  /** The citizen is supplementing; the remaining time is kept. */
  PAUSED,
  /** The dossier is finished. */
  STOPPED
}
