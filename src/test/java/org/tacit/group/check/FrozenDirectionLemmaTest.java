package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.model.ExactFlowField;
import org.tacit.group.model.FrozenDirectionInstance;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.HadamardDesign;
import org.tacit.group.model.OrthogonalFacts;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.Verdict;

/** Lemma 4 by hand: three exact Euler steps, and the same step without orthogonality. */
class FrozenDirectionLemmaTest {

  private static final GroupPartition GROUPS = GroupPartition.ofSizes(3, 3);
  private static final BigRational[] A = {BigRational.ONE, BigRational.TWO, BigRational.TWO,
      BigRational.of(-1, 2), BigRational.ZERO, BigRational.of(3, 4)};

  private static BigRational[] times(BigRational[][] x, BigRational[] z) {
    BigRational[] out = new BigRational[x.length];
    for (int row = 0; row < x.length; row++) {
      BigRational sum = BigRational.ZERO;
      for (int j = 0; j < z.length; j++) {
        sum = sum.add(x[row][j].multiply(z[j]));
      }
      out[row] = sum;
    }
    return out;
  }

  private static FrozenDirectionInstance instance(BigRational[][] x, BigRational[] y) {
    return new FrozenDirectionInstance(GROUPS, x, y,
        new BigRational[] {BigRational.of(1, 2), BigRational.of(3, 4)},
        new BigRational[] {BigRational.of(1, 4), BigRational.of(1, 2)}, BigRational.of(1, 8), 3, 2);
  }

  @Test
  @Verifies("LNHW:lem-4")
  void threeExactEulerStepsStayInTheSpan() {
    BigRational[][] x = HadamardDesign.exact(3, 6);
    Verdict verdict = new FrozenDirectionLemmaChecker().check(instance(x, times(x, A)));
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    long exactChecks = verdict.checks().stream().filter(Check::exact).count();
    assertThat(exactChecks).isEqualTo(4 * 3);
    assertThat(verdict.checks()).hasSize(4 * 3 + 2);
  }

  /**
   * With one entry of X negated the Gram matrix is no longer I: the checker refuses the instance,
   * and indeed one exact Euler step moves v_0 out of span{a_0} (so the span check is not vacuous).
   */
  @Test
  void withoutOrthogonalityTheDirectionMoves() {
    BigRational[][] x = HadamardDesign.exact(3, 6);
    BigRational[] y = times(x, A);
    x[0][0] = x[0][0].negate();
    FrozenDirectionInstance broken = instance(x, y);
    assertThat(new FrozenDirectionLemmaChecker().check(broken).hypothesisFailure())
        .isEqualTo(FrozenDirectionLemmaChecker.ORTHOGONAL);

    BigRational[] a = OrthogonalFacts.transposeTimes(x, y);
    BigRational[] v = broken.initialV();
    ExactFlowField.Velocity velocity = new ExactFlowField(GROUPS, x, y).velocity(broken.u(), v);
    BigRational[] next = new BigRational[v.length];
    for (int i = 0; i < v.length; i++) {
      next[i] = v[i].add(broken.step().multiply(velocity.v()[i]));
    }
    assertThat(OrthogonalFacts.spanDefect(GROUPS, v, a, 0)).isEqualTo(BigRational.ZERO);
    assertThat(OrthogonalFacts.spanDefect(GROUPS, next, a, 0).signum()).isPositive();
  }
}
