package org.tacit.grokking.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.grokking.family.SparseRecoveryFamilies;
import org.tacit.grokking.model.LeastSquaresProbeInstance;
import org.tacit.grokking.model.SparseRecoveryData;
import org.tacit.spec.Verifies;
import org.tacit.testing.PropertyHarness;
import org.tacit.verify.Check;
import org.tacit.verify.CheckSuite;
import org.tacit.verify.Verdict;

/** The exact least-squares identities of the proof of TDR Theorem C.29 (eq-65 .. eq-75, 84, 91). */
class LeastSquaresIdentityProperties {

  private final LeastSquaresIdentityChecker checker = new LeastSquaresIdentityChecker();

  @Test
  @Verifies("TDR:eq-65")
  @Verifies("TDR:eq-66")
  @Verifies("TDR:eq-68")
  @Verifies("TDR:eq-69")
  @Verifies("TDR:eq-70")
  @Verifies("TDR:eq-71")
  @Verifies("TDR:eq-72")
  @Verifies("TDR:eq-73")
  @Verifies("TDR:eq-74")
  @Verifies("TDR:eq-75")
  @Verifies("TDR:eq-84")
  @Verifies("TDR:eq-91")
  @Verifies("TDR:rem-C.4.5")
  void holdsExactlyForEveryRank() {
    PropertyHarness.verify("TDR:eq-68 exact",
        new CheckSuite<>(checker, SparseRecoveryFamilies.leastSquaresProbes()));
  }

  /**
   * Rank-deficient hand case: {@code X = [[1, 1, 0], [2, 2, 0]]} (rank 1, N = 2, n = 3),
   * {@code a* = (1, 0, 0)}, {@code xi = (2, -1)}. By hand: {@code y* = (3, 1)}, {@code X^T y* =
   * (5, 5, 0)}, {@code X^T X = 5 [[1, 1, 0], [1, 1, 0], [0, 0, 0]]} restricted to the row space
   * spanned by {@code (1, 1, 0)}: {@code a_hat = (1/2, 1/2, 0)}; {@code X a_hat - y* = (-2, 1)},
   * which is orthogonal to {@code col X = span (1, 2)}, so {@code g(a_hat) = 5/2}; {@code U^T xi = 0}
   * ({@code xi = (2, -1)} is orthogonal to {@code (1, 2)}) and {@code tr(I - X X^+) = 1}.
   * For {@code beta = 1} the shrink witness of rem-C.4.5 is not evaluated (noisy).
   */
  @Test
  @Verifies("TDR:eq-71")
  @Verifies("TDR:eq-72")
  void rankDeficientHandCase() {
    SparseRecoveryData data = new SparseRecoveryData(
        RationalMatrix.of(new long[][] {{1, 1, 0}, {2, 2, 0}}),
        new BigRational[] {BigRational.ONE, BigRational.ZERO, BigRational.ZERO},
        new BigRational[] {BigRational.TWO, BigRational.MINUS_ONE});
    Verdict verdict = checker.check(new LeastSquaresProbeInstance(data, new BigRational[] {
        BigRational.ONE, BigRational.ZERO, BigRational.ONE}, BigRational.of(1, 10),
        BigRational.ONE));
    assertThat(verdict.holds()).as(verdict.toString()).isTrue();
    assertThat(verdict.checks()).allMatch(Check::exact);
    Check gap = verdict.checks().stream().filter(check -> check.label().startsWith(
        "g(a_hat) - ||xi||^2/2")).findFirst().orElseThrow();
    assertThat(gap.lhs()).isEqualTo(0.0);
    Check trace = verdict.checks().stream().filter(check -> check.label().startsWith(
        "tr(I - X X^+)")).findFirst().orElseThrow();
    assertThat(trace.lhs()).isEqualTo(1.0);
    assertThat(verdict.checks()).noneMatch(check -> check.specId().equals("TDR:rem-C.4.5"));
  }

  /**
   * rem-C.4.5 (E11) noiseless: {@code X = [1]}, {@code a* = 1}, {@code beta = 1/2}:
   * {@code gamma = min(1, (1/2)(1)/1) = 1/2}, {@code f(1/2) = 1/8 + 1/4 = 3/8 < f(1) = 1/2}.
   */
  @Test
  @Verifies("TDR:rem-C.4.5")
  void groundTruthIsNotTheLassoMinimiser() {
    SparseRecoveryData data = new SparseRecoveryData(RationalMatrix.of(new long[][] {{1}}),
        new BigRational[] {BigRational.ONE}, new BigRational[] {BigRational.ZERO});
    Verdict verdict = checker.check(new LeastSquaresProbeInstance(data,
        new BigRational[] {BigRational.ZERO}, BigRational.ONE, BigRational.of(1, 2)));
    Check shrink = verdict.checks().stream().filter(check -> check.specId().equals(
        "TDR:rem-C.4.5")).findFirst().orElseThrow();
    assertThat(shrink.lhs()).isEqualTo(0.375);
    assertThat(shrink.rhs()).isEqualTo(0.5);
    assertThat(shrink.holds()).isTrue();
  }
}
