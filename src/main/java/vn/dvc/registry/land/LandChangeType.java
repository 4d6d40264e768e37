package vn.dvc.registry.land;

/** How the right to a parcel passes to its new owners. */
public enum LandChangeType {
  TRANSFER,
  GIFT,
  INHERITANCE
}
