package org.tacit.l1rate.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.l1rate.family.SectionOneFamilies;
import org.tacit.lp.LinearSystem;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;

/** MS rem-I.1: gradient descent on ||A x - y||^2 from 0 converges to the minimum-norm solution. */
class MinimumNormLimitProperties {

  @Test
  @Verifies("MS:rem-I.1")
  void limitIsTheMinimumNormSolution() {
    PropertyHarness.verify("MS:rem-I.1 minimum-norm limit", new MinimumNormLimitChecker(),
        SectionOneFamilies.minimumNorm(), PropertyHarness.tries());
  }

  /** A = [1, 1], y = 2: the minimum-norm solution is (1, 1) (by symmetry), not e.g. (2, 0). */
  @Test
  @Verifies("MS:rem-I.1")
  void handCase() {
    var verdict = new MinimumNormLimitChecker().check(LinearSystem.of(new long[][] {{1, 1}},
        new long[] {2}));
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    assertThat(verdict.checks()).hasSize(4);
  }

  /** A = [1, 0], y = 1: ||A||_F = 1, the contraction factor is 0 and one step reaches (1, 0). */
  @Test
  @Verifies("MS:rem-I.1")
  void contractionFactorZero() {
    var verdict = new MinimumNormLimitChecker().check(LinearSystem.of(new long[][] {{1, 0}},
        new long[] {1}));
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
  }

  @Test
  void rankDeficientSystemsAreRefused() {
    var verdict = new MinimumNormLimitChecker().check(LinearSystem.of(new long[][] {{1, 1}, {2, 2}},
        new long[] {1, 2}));
    assertThat(verdict.hypothesesMet()).isFalse();
  }
}
