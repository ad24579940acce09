package org.tacit.verify;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacit.exact.BigRational;

/** Checks, margins, verdicts, the recorder and the margin log. */
class VerdictAndMarginsTest {

  @Test
  void inequalityMarginsFollowTheDesignBrief() {
    assertThat(Margins.ofInequality(1.0, 2.0)).isEqualTo(0.5);
    assertThat(Margins.ofInequality(2.0, 1.0)).isEqualTo(-0.5);
    assertThat(Margins.ofInequality(0.0, 0.0)).isZero();
    assertThat(Margins.ofEquality(1.0, 1.0)).isZero();
    assertThat(Margins.ofEquality(2.0, 1.0)).isEqualTo(-0.5);
    assertThat(Margins.ofInequality(BigRational.of(1), BigRational.of(4))).isEqualTo(0.75);
    assertThat(Margins.ofInequality(BigRational.ZERO, BigRational.ZERO)).isZero();
    assertThat(Margins.ofEquality(BigRational.of(3), BigRational.of(4))).isEqualTo(-0.25);
    assertThat(Margins.ofEquality(BigRational.ZERO, BigRational.ZERO)).isZero();
  }

  @Test
  void doubleChecksHonourTheirTolerance() {
    assertThat(Check.lessOrEqual("NRSS:lem-A.1", "x", 1.0 + 1e-15, 1.0, 1e-14).holds()).isTrue();
    assertThat(Check.lessOrEqual("NRSS:lem-A.1", "x", 1.0 + 1e-13, 1.0, 1e-14).holds()).isFalse();
    assertThat(Check.lessOrEqual("NRSS:lem-A.1", "x", Double.NaN, 1.0, 1.0).holds()).isFalse();
    assertThat(Check.less("NRSS:lem-A.1", "x", 1.0, 1.0).holds()).isFalse();
    assertThat(Check.less("NRSS:lem-A.1", "x", 0.5, 1.0).holds()).isTrue();
    assertThat(Check.equal("NRSS:lem-A.1", "x", 1.0, 1.0 + 1e-15, 1e-14).holds()).isTrue();
    assertThat(Check.equal("NRSS:lem-A.1", "x", 1.0, 1.1, 1e-14).holds()).isFalse();
  }

  @Test
  void exactChecksAreDecidedExactly() {
    BigRational third = BigRational.of(1, 3);
    assertThat(Check.lessOrEqual("NRSS:lem-A.1", "x", third, third).holds()).isTrue();
    assertThat(Check.less("NRSS:lem-A.1", "x", third, third).holds()).isFalse();
    assertThat(Check.equal("NRSS:lem-A.1", "x", third, BigRational.of(2, 6)).holds()).isTrue();
    Check failing = Check.lessOrEqual("NRSS:lem-A.1", "x", BigRational.ONE, third);
    assertThat(failing.holds()).isFalse();
    assertThat(failing.exact()).isTrue();
    assertThat(failing.describe()).contains("FAILED").contains("exact").contains("<=");
  }

  @Test
  void verdictAggregatesChecks() {
    Check good = Check.lessOrEqual("NRSS:lem-A.1", "a", 1.0, 2.0, 0);
    Check step = Check.lessOrEqual("NRSS:eq-19", "b", 1.0, 4.0, 0);
    Check bad = Check.lessOrEqual("NRSS:eq-19", "c", 3.0, 2.0, 0);
    Verdict ok = Verdict.of("NRSS:lem-A.1", "inst", List.of(good, step));
    assertThat(ok.holds()).isTrue();
    assertThat(ok.worstMargin()).isEqualTo(0.5);
    assertThat(ok.worstMargin("NRSS:eq-19")).isEqualTo(0.75);
    assertThat(ok.worstMargin("MS:thm-II.2")).isNaN();
    assertThat(ok.failures()).isEmpty();
    Verdict failed = Verdict.of("NRSS:lem-A.1", "inst", List.of(good, bad));
    assertThat(failed.holds()).isFalse();
    assertThat(failed.failures()).containsExactly(bad);
    assertThat(failed.describe()).contains("FAILS").contains("c:");
    Verdict empty = Verdict.of("NRSS:lem-A.1", "inst", List.of());
    assertThat(empty.holds()).as("a verdict with no checks checks nothing").isFalse();
    assertThat(empty.describe()).contains("no checks");
    Verdict hyp = Verdict.hypothesisFailed("NRSS:lem-A.1", "inst", Hypothesis.of("p >= 1", false));
    assertThat(hyp.holds()).isFalse();
    assertThat(hyp.describe()).contains("hypothesis not met: p >= 1");
  }

  @Test
  void recorderCountsInstancesPerItemAndKeepsTheWorstMargin() {
    MarginRecorder recorder = new MarginRecorder();
    recorder.record(Verdict.of("NRSS:lem-A.1", "i1", List.of(
        Check.lessOrEqual("NRSS:lem-A.1", "a", 1.0, 2.0, 0),
        Check.lessOrEqual("NRSS:lem-A.1", "b", 1.0, 1.5, 0),
        Check.lessOrEqual("NRSS:eq-19", "s", 1.0, 4.0, 0))), "t1");
    recorder.record(Verdict.of("NRSS:lem-A.1", "i2", List.of(
        Check.lessOrEqual("NRSS:lem-A.1", "a", 3.0, 2.0, 0))), "t2");
    recorder.record(Verdict.hypothesisFailed("NRSS:lem-A.1", "i3", Hypothesis.of("p >= 1", false)), "t1");
    Map<String, MarginStats> byId = new java.util.HashMap<>();
    recorder.snapshot().forEach(s -> byId.put(s.specId(), s));
    MarginStats lemma = byId.get("NRSS:lem-A.1");
    assertThat(lemma.instances()).isEqualTo(3);
    assertThat(lemma.failures()).isEqualTo(2);
    assertThat(lemma.worstMargin()).isCloseTo(-1.0 / 3.0, within(1e-15));
    assertThat(lemma.worstLabel()).isEqualTo("a");
    assertThat(lemma.sources()).isEqualTo("t1,t2");
    assertThat(byId.get("NRSS:eq-19").instances()).isEqualTo(1);
    recorder.clear();
    assertThat(recorder.snapshot()).isEmpty();
  }

  @Test
  void mergeRejectsDifferentItems() {
    MarginStats a = new MarginStats("NRSS:lem-A.1", 1, 0, 0.1, "x", "s");
    MarginStats b = new MarginStats("NRSS:eq-19", 1, 0, 0.1, "x", "s");
    assertThatThrownBy(() -> a.merge(b)).isInstanceOf(IllegalArgumentException.class);
    MarginStats nan = new MarginStats("NRSS:lem-A.1", 1, 1, Double.NaN, null, "");
    assertThat(nan.merge(a).worstMargin()).isEqualTo(0.1);
    assertThat(a.merge(nan).worstMargin()).isEqualTo(0.1);
    assertThat(nan.merge(a).sources()).isEqualTo("s");
  }

  @Test
  void marginLogRoundTrips(@TempDir Path dir) throws Exception {
    List<MarginStats> stats = List.of(
        new MarginStats("NRSS:lem-A.1", 5, 1, -0.25, "a", "t1"),
        new MarginStats("NRSS:eq-19", 2, 0, Double.NaN, null, "t1"));
    MarginLog.write(dir, "Some Test#method", stats);
    MarginLog.write(dir, "other", List.of(new MarginStats("NRSS:lem-A.1", 3, 0, 0.5, "b", "t2")));
    Files.writeString(dir.resolve("ignored.txt"), "not a log");
    Map<String, MarginStats> read = MarginLog.readAll(dir);
    assertThat(read).containsOnlyKeys("NRSS:lem-A.1", "NRSS:eq-19");
    assertThat(read.get("NRSS:lem-A.1").instances()).isEqualTo(8);
    assertThat(read.get("NRSS:lem-A.1").worstMargin()).isEqualTo(-0.25);
    assertThat(read.get("NRSS:eq-19").worstMargin()).isNaN();
    assertThat(read.get("NRSS:eq-19").worstLabel()).isNull();
    assertThat(MarginLog.readAll(dir.resolve("absent"))).isEmpty();
  }

  @Test
  void seededDrawsAreReproducibleAndInRange() {
    SeededDraws first = new SeededDraws(42);
    SeededDraws second = new SeededDraws(42);
    assertThat(first.seed()).isEqualTo(42);
    double sum = 0;
    double sumSquares = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      long a = first.between(-3, 3);
      assertThat(a).isEqualTo(second.between(-3, 3)).isBetween(-3L, 3L);
      double u = first.uniform(2, 5);
      assertThat(u).isEqualTo(second.uniform(2, 5)).isGreaterThanOrEqualTo(2).isLessThan(5);
      double g = first.gaussian();
      assertThat(g).isEqualTo(second.gaussian());
      sum += g;
      sumSquares += g * g;
      assertThat(first.coin()).isEqualTo(second.coin());
      assertThat(first.intBetween(0, 0)).isEqualTo(second.intBetween(0, 0)).isZero();
    }
    // Mean 0 and variance 1 of N(0,1): 5 standard errors (sqrt(1/n), sqrt(2/n)).
    assertThat(sum / n).isCloseTo(0, within(5 / Math.sqrt(n)));
    assertThat(sumSquares / n).isCloseTo(1, within(5 * Math.sqrt(2.0 / n)));
    assertThat(first.between(Long.MIN_VALUE, Long.MAX_VALUE)).isNotNull();
    assertThat(first.between(5, Long.MAX_VALUE)).isGreaterThanOrEqualTo(5);
    assertThatThrownBy(() -> first.between(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
