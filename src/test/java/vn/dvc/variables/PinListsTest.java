package vn.dvc.variables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PIN lists as the models use them in expressions ({@code pinLists}). */
class PinListsTest {

  private final PinLists lists = new PinLists();

  @Test
  void everyoneListsEachPartyOnceInTheOrderGiven() {
    assertThat(lists.everyone("001", "002,001", " 003 ,002")).containsExactly("001", "002", "003");
  }

  @Test
  void addsAFindingOnlyWhenFoundAndOnlyOnce() {
    assertThat(lists.addIf(true, null, "001")).isEqualTo("001");
    assertThat(lists.addIf(true, "001", "001")).isEqualTo("001");
    assertThat(lists.addIf(false, "001", "002")).isEqualTo("001");
    assertThat(lists.addIf(true, "001", "002")).isEqualTo("001,002");
  }
}
