package vn.dvc.variables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dvc.population.Pin;

/** The comma-joined PIN lists kept as process variables: one codec, order kept, each PIN once. */
class PinListTest {

  @Test
  void parsesThePinsInTheirOrder() {
    assertThat(PinList.parse("001090515663,001050413849"))
        .containsExactly("001090515663", "001050413849");
  }

  @Test
  void parsingIgnoresBlanksAroundAPinAndEmptyEntries() {
    assertThat(PinList.parse(" 001090515663 ,, 001050413849,"))
        .containsExactly("001090515663", "001050413849");
  }

  @Test
  void parsingKeepsAPinWrittenTwiceOnceWhereItFirstAppears() {
    assertThat(PinList.parse("001050413849,001090515663,001050413849"))
        .containsExactly("001050413849", "001090515663");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", ","})
  void nothingParsesToNoPins(String joined) {
    assertThat(PinList.parse(joined)).isEmpty();
  }

  @Test
  void formatsPinsOrTheirDigitsJoinedByCommasEachOnce() {
    assertThat(
            PinList.format(
                List.of(Pin.of("001090515663"), Pin.of("001050413849"), Pin.of("001090515663"))))
        .isEqualTo("001090515663,001050413849");
    assertThat(PinList.format(List.of("001050413849"))).isEqualTo("001050413849");
  }

  @Test
  void formatsNoPinsAsTheEmptyTextAndLeavesNullsOut() {
    assertThat(PinList.format(List.of())).isEmpty();
    assertThat(PinList.format(Arrays.asList(null, "001050413849"))).isEqualTo("001050413849");
  }

  @Test
  void whatIsFormattedParsesBackToTheSamePins() {
    List<String> pins = List.of("001090515663", "001050413849", "001182733267");

    assertThat(PinList.parse(PinList.format(pins))).isEqualTo(pins);
  }

  @Test
  void addsAPinAtTheEndUnlessItIsListedAlready() {
    assertThat(PinList.with("001090515663", "001050413849")).isEqualTo("001090515663,001050413849");
    assertThat(PinList.with("001090515663,001050413849", "001090515663"))
        .isEqualTo("001090515663,001050413849");
    assertThat(PinList.with(null, "001090515663")).isEqualTo("001090515663");
  }

  @Test
  void tellsWhetherAPinIsListed() {
    assertThat(PinList.contains("001090515663, 001050413849", "001050413849")).isTrue();
    assertThat(PinList.contains("001090515663", "001050413849")).isFalse();
    assertThat(PinList.contains(null, "001050413849")).isFalse();
    assertThat(PinList.contains("001090515663", null)).isFalse();
  }
}
