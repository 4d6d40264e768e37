package vn.dvc.population;

public enum Gender {
  MALE,
  FEMALE
}
