package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.SubgradientRunFamilies;
import org.tacit.grokking.model.L1Norm;
import org.tacit.grokking.model.RationalLeastSquares;
import org.tacit.grokking.model.SubgradientRunInstance;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Verdict;

/** TDR Lemma C.12 on recorded subgradient-descent runs, and a hand-worked 1-D run. */
class SubgradientBoundLemmaProperties {

  private final SubgradientBoundLemmaChecker checker = new SubgradientBoundLemmaChecker();

  @Test
  @Verifies("TDR:lem-C.12")
  @Verifies("TDR:eq-13")
  @Verifies("TDR:eq-14")
  @Verifies("TDR:eq-16")
  @Verifies("TDR:eq-17")
  @Verifies("TDR:eq-18")
  void holdsAlongRecordedRuns() {
    PropertyHarness.verify("TDR:lem-C.12", checker, SubgradientRunFamilies.noiseless(), 8);
  }

  /**
   * f(x) = x^2/2 + |x| (X = [1], y = 0, a* = 0, beta = 1), alpha = 1/2, x0 = 3/2: the exact run
   * is x1 = 3/2 - (3/2 + 1)/2 = 1/4, x2 = 1/4 - 5/8 = -3/8, x3 = -3/8 + 11/16 = 5/16 (dyadic, so
   * the double run is exact and every rounding defect is 0). With z = a* = 0 = the minimizer,
   * T = 1, t1 = t2 = 0: ||x1||^2 + 2 alpha (f(x0) - 0) = 1/16 + 21/8 = 43/16 <= ||x0||^2 + alpha^2
   * ||F_0||^2 = 9/4 + 25/16 = 61/16.
   */
  @Test
  @Verifies("TDR:eq-16")
  void handWorkedOneDimensionalRun() {
    SubgradientRunInstance instance = oneDimensional(0, 1);
    Verdict verdict = checker.check(instance);
    assertThat(verdict.holds()).isTrue();
    assertThat(verdict.checks().get(0).lhs()).isZero();
    assertThat(verdict.checks()).anySatisfy(c -> {
      assertThat(c.label()).startsWith("z=a*: ||x^(t2+1) - z||^2").endsWith("t2=0)");
      assertThat(c.lhs()).isEqualTo(43.0 / 16);
      assertThat(c.rhs()).isEqualTo(61.0 / 16);
    });
  }

  /** The 1-D instance f = x^2/2 + |x|, alpha = 1/2, x0 = 3/2, T steps, window start t1. */
  static SubgradientRunInstance oneDimensional(int t1, int steps) {
    RationalLeastSquares loss = new RationalLeastSquares(RationalMatrix.of(new long[][] {{1}}),
        new BigRational[] {BigRational.ZERO});
    return new SubgradientRunInstance(loss, new L1Norm(1), BigRational.ONE,
        BigRational.of(1, 2), new BigRational[] {BigRational.of(3, 2)}, steps, t1,
        new BigRational[] {BigRational.ZERO});
  }

  @Test
  void rejectsAWindowOutsideTheRun() {
    assertThat(checker.check(new SubgradientRunInstance(oneDimensional(0, 1).loss(),
        new L1Norm(1), BigRational.ONE, BigRational.of(1, 2),
        new BigRational[] {BigRational.ONE}, 5, 5, new BigRational[] {BigRational.ZERO}))
        .hypothesisFailure()).isEqualTo("0 <= t1 < T");
  }
}
