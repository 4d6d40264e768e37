package vn.dvc.dataquality;

import java.util.List;

/**
 * Where the issues found while a dossier is processed are kept for its officer. The dossier module
 * implements it: data quality must not depend on the dossier module, which depends on it.
 */
public interface DossierDataIssues {

  /** Adds the issues not yet recorded on the dossier; one found again is not repeated. */
  void addDataIssues(String dossierId, List<DataIssue> issues);
}
