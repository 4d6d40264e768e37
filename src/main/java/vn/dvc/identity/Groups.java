package vn.dvc.identity;

/**
 * The group naming convention. BPMN candidate groups use it literally, for example {@code
 * commune-${communeCode}-civil-status}, so renaming a group means changing the models too.
 */
public final class Groups {

  public static final String ADMINISTRATORS = "camunda-admin";
  public static final String ANALYSTS = "analysts";

  /** Read the registry access log. */
  public static final String AUDITORS = "auditors";

  private Groups() {}

  /** Civil-status officers of a commune (birth, death, marriage registration). */
  public static String civilStatusOfficers(String communeCode) {
    return "commune-" + communeCode + "-civil-status";
  }

  /** The chair and vice-chairs of a commune People's Committee, who sign. */
  public static String communeChairs(String communeCode) {
    return "commune-" + communeCode + "-chair";
  }

  public static String provinceSupervisors(String provinceCode) {
    return "province-" + provinceCode + "-supervisors";
  }
}
