package vn.dvc.procedure.marriageregistration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.dvc.population.Pin;

/**
 * How two people are related through the parent links population holds, walked up to their
 * great-grandparents. It only states the relation; whether the relation bars a marriage is the
 * DMN's call ({@code marriage-registration-eligibility}), so that an analyst can correct the rule
 * without a release. A parent population does not know ends that line of the walk: the answer is
 * "as far as the registry shows", which is all the law asks of the registry check.
 */
final class Kinship {

  /** The relations the walk can find, nearest first. */
  enum Relation {
    SAME_PERSON,
    PARENT_CHILD,
    GRANDPARENT_GRANDCHILD,
    GREAT_GRANDPARENT_GRANDCHILD,
    SIBLINGS,
    HALF_SIBLINGS,
    UNCLE_AUNT_NEPHEW_NIECE,
    FIRST_COUSINS,
    /** A common ancestor is found, but further than first cousins or uncle and nephew. */
    DISTANT_RELATIVES,
    NONE
  }

  /** Parents, grandparents, great-grandparents: the three generations above a person. */
  static final int GENERATIONS = 3;

  private final Function<Pin, List<Pin>> parentsOf;

  /**
   * @param parentsOf the known parents of a person (none when population does not know them)
   */
  Kinship(Function<Pin, List<Pin>> parentsOf) {
    this.parentsOf = parentsOf;
  }

  Relation between(Pin one, Pin other) {
    if (one.equals(other)) {
      return Relation.SAME_PERSON;
    }
    Map<Pin, Integer> aboveOne = ancestors(one);
    Map<Pin, Integer> aboveOther = ancestors(other);
    Integer otherAboveOne = aboveOne.get(other);
    Integer oneAboveOther = aboveOther.get(one);
    Integer direct = otherAboveOne != null ? otherAboveOne : oneAboveOther;
    if (direct != null) {
      return switch (direct) {
        case 1 -> Relation.PARENT_CHILD;
        case 2 -> Relation.GRANDPARENT_GRANDCHILD;
        default -> Relation.GREAT_GRANDPARENT_GRANDCHILD;
      };
    }
    // The nearest common ancestor decides: generations up from each side.
    int nearestOne = Integer.MAX_VALUE;
    int nearestOther = Integer.MAX_VALUE;
    for (Map.Entry<Pin, Integer> ancestor : aboveOne.entrySet()) {
      Integer fromOther = aboveOther.get(ancestor.getKey());
      if (fromOther != null
          && Math.max(ancestor.getValue(), fromOther) < Math.max(nearestOne, nearestOther)) {
        nearestOne = ancestor.getValue();
        nearestOther = fromOther;
      } else if (fromOther != null
          && Math.max(ancestor.getValue(), fromOther) == Math.max(nearestOne, nearestOther)
          && ancestor.getValue() + fromOther < nearestOne + nearestOther) {
        nearestOne = ancestor.getValue();
        nearestOther = fromOther;
      }
    }
    if (nearestOne == Integer.MAX_VALUE) {
      return Relation.NONE;
    }
    if (nearestOne == 1 && nearestOther == 1) {
      return sharesBothParents(one, other) ? Relation.SIBLINGS : Relation.HALF_SIBLINGS;
    }
    if (Math.min(nearestOne, nearestOther) == 1 && Math.max(nearestOne, nearestOther) == 2) {
      return Relation.UNCLE_AUNT_NEPHEW_NIECE;
    }
    if (nearestOne == 2 && nearestOther == 2) {
      return Relation.FIRST_COUSINS;
    }
    return Relation.DISTANT_RELATIVES;
  }

  /** Every known ancestor up to {@link #GENERATIONS}, with the nearest generation it is in. */
  private Map<Pin, Integer> ancestors(Pin person) {
    Map<Pin, Integer> found = new HashMap<>();
    List<Pin> generation = List.of(person);
    for (int up = 1; up <= GENERATIONS && !generation.isEmpty(); up++) {
      List<Pin> parents =
          generation.stream()
              .flatMap(pin -> parentsOf.apply(pin).stream())
              .filter(Objects::nonNull)
              .distinct()
              .toList();
      for (Pin parent : parents) {
        found.putIfAbsent(parent, up);
      }
      generation = parents;
    }
    return found;
  }

  /** Siblings share both parents only when population knows both, for both. */
  private boolean sharesBothParents(Pin one, Pin other) {
    List<Pin> parentsOfOne = parentsOf.apply(one);
    List<Pin> parentsOfOther = parentsOf.apply(other);
    return parentsOfOne.size() == 2
        && parentsOfOther.size() == 2
        && parentsOfOne.containsAll(parentsOfOther);
  }
}
