package vn.dvc.registry.healthinsurance;

/** Who pays for the card, which decides its contribution and how it is renewed. */
public enum HealthInsuranceCategory {
  /** Paid by the state until the child turns six. */
  CHILD_UNDER_6,
  STUDENT,
  /** Bought by the household, renewed yearly with reduced contributions for further members. */
  HOUSEHOLD,
  EMPLOYEE,
  RETIREE
}
