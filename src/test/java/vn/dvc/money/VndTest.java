package vn.dvc.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VndTest {

  @Test
  void writesThousandsWithDotsAndTheDongSignAfter() {
    assertThat(Vnd.format(4_024_000)).isEqualTo("4.024.000 ₫");
    assertThat(Vnd.format(10_000)).isEqualTo("10.000 ₫");
    assertThat(Vnd.format(7_000)).isEqualTo("7.000 ₫");
    assertThat(Vnd.format(0)).isEqualTo("0 ₫");
    assertThat(Vnd.format(-200_000)).isEqualTo("-200.000 ₫");
  }
}
