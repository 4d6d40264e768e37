package vn.dvc.identity;

/**
 * The competent authorities of the procedure catalogue, each at the level of the administrative
 * unit it serves. A group is one agency in one commune or province, named {@code
 * commune-<code>-<suffix>} or {@code province-<code>-<suffix>}; the BPMN candidate groups use these
 * names literally.
 */
public enum Agency {
  CIVIL_STATUS(Level.COMMUNE, "civil-status", "civil-status officers"),
  COMMUNE_CHAIR(Level.COMMUNE, "chair", "chair of the People's Committee"),
  COMMUNE_POLICE(Level.COMMUNE, "police", "commune police"),
  POLICE_IDENTITY(Level.PROVINCE, "police-identity", "police identity management office"),
  POLICE_VEHICLES(Level.PROVINCE, "police-vehicles", "police vehicle registration office"),
  POLICE_IMMIGRATION(Level.PROVINCE, "police-immigration", "police immigration office"),
  POLICE_CRIMINAL_RECORDS(Level.PROVINCE, "police-criminal-records", "police criminal records"),
  POLICE_ADMINISTRATION(
      Level.PROVINCE, "police-administration", "police administrative management office"),
  TRAFFIC_POLICE(Level.PROVINCE, "police-traffic", "traffic police"),
  SOCIAL_SECURITY(Level.PROVINCE, "social-security", "social security"),
  LAND_REGISTRY(Level.PROVINCE, "land-registry", "land registration office"),
  TAX(Level.PROVINCE, "tax", "tax authority"),
  POWER_COMPANY(Level.PROVINCE, "power-company", "power company"),
  EDUCATION(Level.PROVINCE, "education", "Department of Education and Training"),
  EMPLOYMENT_CENTRE(Level.PROVINCE, "employment-centre", "employment service centre"),
  /** Fees and payments: read the daily payment reconciliation of their province. */
  FINANCE(Level.PROVINCE, "finance", "finance officers (fees and payments)"),
  SUPERVISORS(Level.PROVINCE, "supervisors", "supervisors");

  public enum Level {
    COMMUNE,
    PROVINCE
  }

  private final Level level;
  private final String suffix;
  private final String description;

  Agency(Level level, String suffix, String description) {
    this.level = level;
    this.suffix = suffix;
    this.description = description;
  }

  public Level level() {
    return level;
  }

  String description() {
    return description;
  }

  /** The group of this agency in the commune or province with the given code. */
  public String group(String unitCode) {
    return (level == Level.COMMUNE ? "commune-" : "province-") + unitCode + "-" + suffix;
  }
}
