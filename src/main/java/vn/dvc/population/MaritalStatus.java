package vn.dvc.population;

public enum MaritalStatus {
  SINGLE,
  MARRIED,
  DIVORCED,
  WIDOWED
}
