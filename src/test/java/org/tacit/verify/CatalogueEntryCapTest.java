package org.tacit.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default-count cap of a catalogue entry: the smaller count wins, a cap needs a reason. */
class CatalogueEntryCapTest {

  private static CatalogueEntry<Integer> entry() {
    TheoremChecker<Integer> checker = new TheoremChecker<>("MS:lem-III.1") {
      @Override
      public String describe(Integer instance) {
        return "n = " + instance;
      }

      @Override
      protected List<Check> evaluate(Integer instance, Hypotheses hypotheses) {
        return List.of();
      }
    };
    InstanceFamily<Integer> family = new InstanceFamily<>() {
      @Override
      public String name() {
        return "ones";
      }

      @Override
      public Integer draw(Draws draws) {
        return 1;
      }
    };
    return CatalogueEntry.of("MS:lem-III.1", new CheckSuite<>(checker, family), null,
        new HypothesisViolation<>("none", draws -> 0));
  }

  @Test
  void theSmallerOfCapAndDefaultIsRun() {
    CatalogueEntry<Integer> plain = entry();
    assertThat(plain.instancesByDefault(200)).isEqualTo(200);
    CatalogueEntry<Integer> capped = plain.withInstanceCap(40, "slow");
    assertThat(capped.instancesByDefault(200)).isEqualTo(40);
    assertThat(capped.instancesByDefault(7)).isEqualTo(7);
    assertThat(capped.capReason()).isEqualTo("slow");
  }

  @Test
  void aCapNeedsAReasonAndAReasonNeedsACap() {
    CatalogueEntry<Integer> plain = entry();
    assertThatThrownBy(() -> plain.withInstanceCap(0, "slow"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> plain.withInstanceCap(5, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
    assertThatThrownBy(() -> new CatalogueEntry<>(plain.name(), plain.suite(), null,
        plain.violation(), false, 0, "slow")).isInstanceOf(IllegalArgumentException.class);
  }
}
