package vn.dvc.procedure.marriageregistration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvc.population.Pin;
import vn.dvc.procedure.marriageregistration.Kinship.Relation;

/**
 * The kinship walk on a made-up family tree. Four generations: great-grandparents G1 and G2; their
 * children P1 (with P2) and Q1 (with Q2); P1's children A and B (with P2), and C (with another
 * partner X); Q1's child D; A's child E; E's child F; D's child H; an unrelated person U.
 */
class KinshipTest {

  private final Map<Pin, List<Pin>> parents = new HashMap<>();
  private final Kinship kinship = new Kinship(pin -> parents.getOrDefault(pin, List.of()));

  private static Pin pin(int n) {
    return Pin.of(String.format("001190%06d", n));
  }

  private static final Pin G1 = pin(1), G2 = pin(2);
  private static final Pin P1 = pin(11), P2 = pin(12), Q1 = pin(13), Q2 = pin(14), X = pin(15);
  private static final Pin A = pin(21), B = pin(22), C = pin(23), D = pin(24);
  private static final Pin E = pin(31), F = pin(41), H = pin(32), U = pin(99);
  private static final Pin K = pin(51), L = pin(52), M = pin(53);

  KinshipTest() {
    parents.put(P1, List.of(G1, G2));
    parents.put(Q1, List.of(G1, G2));
    parents.put(A, List.of(P1, P2));
    parents.put(B, List.of(P1, P2));
    parents.put(C, List.of(P1, X));
    parents.put(D, List.of(Q1, Q2));
    parents.put(E, List.of(A));
    parents.put(F, List.of(E));
    parents.put(H, List.of(D));
    // K and L: only the mother is known for K, both parents for L — a sibling link as far as shown.
    parents.put(K, List.of(P2));
    parents.put(L, List.of(P1, P2));
    // M's great-great-grandparent is G1 (M -> F -> E -> A -> P1 -> G1): beyond the walk.
    parents.put(M, List.of(F));
  }

  @Test
  void samePersonIsFoundWithoutWalking() {
    assertThat(kinship.between(A, A)).isEqualTo(Relation.SAME_PERSON);
  }

  @Test
  void findsTheDirectLineUpToGreatGrandparentsInBothDirections() {
    assertThat(kinship.between(A, P1)).isEqualTo(Relation.PARENT_CHILD);
    assertThat(kinship.between(P1, A)).isEqualTo(Relation.PARENT_CHILD);
    assertThat(kinship.between(E, P2)).isEqualTo(Relation.GRANDPARENT_GRANDCHILD);
    assertThat(kinship.between(G1, A)).isEqualTo(Relation.GRANDPARENT_GRANDCHILD);
    assertThat(kinship.between(F, P1)).isEqualTo(Relation.GREAT_GRANDPARENT_GRANDCHILD);
    assertThat(kinship.between(G2, E)).isEqualTo(Relation.GREAT_GRANDPARENT_GRANDCHILD);
  }

  @Test
  void tellsSiblingsFromHalfSiblings() {
    assertThat(kinship.between(A, B)).isEqualTo(Relation.SIBLINGS);
    assertThat(kinship.between(A, C)).isEqualTo(Relation.HALF_SIBLINGS);
    // Only one parent known for K: a half-sibling as far as population shows, still refused.
    assertThat(kinship.between(K, L)).isEqualTo(Relation.HALF_SIBLINGS);
  }

  @Test
  void findsUnclesAndCousinsThroughCommonGrandparents() {
    assertThat(kinship.between(Q1, A)).isEqualTo(Relation.UNCLE_AUNT_NEPHEW_NIECE);
    assertThat(kinship.between(D, P1)).isEqualTo(Relation.UNCLE_AUNT_NEPHEW_NIECE);
    assertThat(kinship.between(A, D)).isEqualTo(Relation.FIRST_COUSINS);
    assertThat(kinship.between(C, D)).isEqualTo(Relation.FIRST_COUSINS);
  }

  @Test
  void relativesBeyondThreeGenerationsAreDistant() {
    // Second cousins (great-grandparents in common) and a great-uncle.
    assertThat(kinship.between(E, H)).isEqualTo(Relation.DISTANT_RELATIVES);
    assertThat(kinship.between(Q1, E)).isEqualTo(Relation.DISTANT_RELATIVES);
  }

  @Test
  void findsNothingWhereTheParentLinksStop() {
    assertThat(kinship.between(A, U)).isEqualTo(Relation.NONE);
    assertThat(kinship.between(U, pin(98))).isEqualTo(Relation.NONE);
    // G1 is four generations above M: the walk stops at great-grandparents.
    assertThat(kinship.between(M, G1)).isEqualTo(Relation.NONE);
  }
}
