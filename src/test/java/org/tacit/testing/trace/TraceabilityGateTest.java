package org.tacit.testing.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link TraceabilityGate} and {@link GapBaseline}: each of the four cases of a cited ID, the
 * class-level form, and the baseline's format.
 */
class TraceabilityGateTest {

  private static final String FIXTURE = "org.tacit.fixture.SomeTest";

  private static final GapBaseline BASELINE = GapBaseline.parse(String.join("\n",
      "# class\tmethod\tid\tcategory\treason",
      FIXTURE + "\tknownGap\tMS:lem-III.2\tasserts-directly\tno checker yet",
      FIXTURE + "\tfixedGap\tMS:lem-III.2\tasserts-directly\tno checker yet",
      FIXTURE + "\t" + GapBaseline.CLASS_LEVEL + "\tMS:thm-1\tclass-level\twhole class", ""));

  @Test
  void aCitedIdWhoseCheckWasEvaluatedPasses() {
    TraceabilityGate.Outcome outcome = TraceabilityGate.decide(FIXTURE, "good",
        Set.of("MS:lem-III.2"), Set.of("MS:lem-III.2", "MS:eq-III.4"), BASELINE);
    assertThat(outcome.passes()).isTrue();
    assertThat(outcome.citedAndEvaluated()).containsExactly("MS:lem-III.2");
    assertThat(outcome.knownGaps()).isEmpty();
  }

  @Test
  void aCitedIdEvaluatingNoCheckFailsWithTheEvaluatedIds() {
    TraceabilityGate.Outcome outcome = TraceabilityGate.decide(FIXTURE, "unbaselined",
        Set.of("MS:lem-III.2"), Set.of("MS:eq-III.4"), BASELINE);
    assertThat(outcome.passes()).isFalse();
    assertThat(outcome.failures()).singleElement().asString()
        .contains(FIXTURE + "#unbaselined cites MS:lem-III.2 but evaluated no check labelled "
            + "MS:lem-III.2; evaluated: [MS:eq-III.4]");
  }

  @Test
  void aBaselinedGapIsReportedButPasses() {
    TraceabilityGate.Outcome outcome = TraceabilityGate.decide(FIXTURE, "knownGap",
        Set.of("MS:lem-III.2"), Set.of(), BASELINE);
    assertThat(outcome.passes()).isTrue();
    assertThat(outcome.knownGaps()).containsExactly("MS:lem-III.2");
  }

  @Test
  void aBaselineRowWhoseTestNowEvaluatesTheIdIsStale() {
    TraceabilityGate.Outcome outcome = TraceabilityGate.decide(FIXTURE, "fixedGap",
        Set.of("MS:lem-III.2"), Set.of("MS:lem-III.2"), BASELINE);
    assertThat(outcome.passes()).isFalse();
    assertThat(outcome.failures()).singleElement().asString()
        .contains("remove the stale row (" + FIXTURE + ", fixedGap, MS:lem-III.2)");
  }

  @Test
  void aBaselineRowCoversOnlyItsOwnMethodAndId() {
    assertThat(TraceabilityGate.decide(FIXTURE, "otherMethod", Set.of("MS:lem-III.2"), Set.of(),
        BASELINE).passes()).isFalse();
    assertThat(TraceabilityGate.decide(FIXTURE, "knownGap", Set.of("MS:lem-III.2", "MS:thm-1"),
        Set.of(), BASELINE).failures()).singleElement().asString().contains("cites MS:thm-1");
  }

  @Test
  void classLevelCitationsUseTheClassRow() {
    assertThat(TraceabilityGate.decide(FIXTURE, GapBaseline.CLASS_LEVEL, Set.of("MS:thm-1"),
        Set.of(), BASELINE).passes()).isTrue();
    assertThat(TraceabilityGate.decide(FIXTURE, GapBaseline.CLASS_LEVEL, Set.of("MS:thm-2"),
        Set.of(), BASELINE).failures()).singleElement().asString()
        .contains(FIXTURE + " (class-level @Verifies) cites MS:thm-2");
  }

  @Test
  void malformedOrRepeatedBaselineRowsAreRejected() {
    assertThatThrownBy(() -> GapBaseline.parse(FIXTURE + "\tm\tMS:thm-1\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    String row = FIXTURE + "\tm\tMS:thm-1\tc\tr\n";
    assertThatThrownBy(() -> GapBaseline.parse(row + row))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeated row");
  }
}
