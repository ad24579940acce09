package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.HadamardDesign;
import org.tacit.group.model.OrthogonalFlowInstance;
import org.tacit.group.model.OrthogonalFlowWindow;
import org.tacit.group.model.OrthogonalRecoveryHypotheses;
import org.tacit.spec.Verifies;
import org.tacit.verify.Verdict;

/**
 * Theorem 2 by hand: the instance of the rem-B.3 erratum (n = 4, w* = (3/5, 4/5, 0),
 * g = (0, 0, 1/100), theta = 1e-4, eps = 1e-3) and one-at-a-time breaks of its hypotheses.
 */
class OrthogonalRecoveryTheoremTest {

  private static final double SQRT2 = Math.sqrt(2);

  private static OrthogonalFlowInstance instance(BigRational[] a, BigRational theta) {
    BigRational[][] x = HadamardDesign.exact(2, 3);
    BigRational[] y = new BigRational[4];
    for (int row = 0; row < 4; row++) {
      BigRational sum = BigRational.ZERO;
      for (int j = 0; j < 3; j++) {
        sum = sum.add(x[row][j].multiply(a[j]));
      }
      y[row] = sum;
    }
    return OrthogonalFlowInstance.of(GroupPartition.ofSizes(2, 1), x, y,
        new BigRational[] {BigRational.of(3, 5), BigRational.of(4, 5), BigRational.ZERO}, theta,
        BigRational.of(1, 1000));
  }

  private static BigRational[] correlations(BigRational offSupport) {
    return new BigRational[] {BigRational.of(3, 5), BigRational.of(4, 5), offSupport};
  }

  /**
   * m_0 = 1, so the support group reaches ||w_0|| = 1 - eps no earlier than the comparison flow
   * u' = sqrt2 u^2 does: t_in >= (1/theta - 1/u_b)/sqrt2 with u_b^3 = sqrt2 (1 - eps); the
   * off-support group escapes at about (1/theta - 1/sqrt theta)/(sqrt2 / 100) = 7.0e5.
   */
  @Test
  @Verifies("LNHW:thm-2")
  void windowOfTheHandInstance() {
    OrthogonalFlowInstance instance = instance(correlations(BigRational.of(1, 100)),
        BigRational.of(1, 10_000));
    Verdict verdict = new OrthogonalRecoveryTheoremChecker().check(instance);
    assertThat(verdict.holds()).as(verdict.describe()).isTrue();
    OrthogonalFlowWindow window = OrthogonalFlowWindow.of(instance);
    double ub = Math.cbrt(SQRT2 * (1 - 1e-3));
    assertThat(window.magnitudes()[0]).isEqualTo(1.0);
    assertThat(window.entry()).isGreaterThanOrEqualTo((1e4 - 1 / ub) / SQRT2);
    assertThat(window.entry()).isLessThan(7080);
    assertThat(window.exit()).isBetween(9900 / (SQRT2 / 100), 9900 / (SQRT2 / 100 - 1e-6));
  }

  /** No noise on the off-support group: a_1 = 0, eta_1 undefined. */
  @Test
  void zeroCorrelationBreaksTheInitialization() {
    Verdict verdict = new OrthogonalRecoveryTheoremChecker().check(
        instance(correlations(BigRational.ZERO), BigRational.of(1, 10_000)));
    assertThat(verdict.hypothesisFailure()).isEqualTo(OrthogonalRecoveryHypotheses.ALIGNED);
  }

  /** ||g_1|| = 1/50 > (u*_min)^2 / 100 = 1/100. */
  @Test
  void loudNoiseBreaksTheNoiseCondition() {
    Verdict verdict = new OrthogonalRecoveryTheoremChecker().check(
        instance(correlations(BigRational.of(1, 50)), BigRational.of(1, 10_000)));
    assertThat(verdict.hypothesisFailure()).isEqualTo(OrthogonalRecoveryHypotheses.NOISE);
  }

  /** theta = eps / (2 (u*_max)^2) exactly, and theta = 1. */
  @Test
  void largeThetaBreaksTheInitializationScale() {
    assertThat(new OrthogonalRecoveryTheoremChecker().check(
        instance(correlations(BigRational.of(1, 100)), BigRational.of(1, 2000)))
        .hypothesisFailure()).isEqualTo(OrthogonalRecoveryHypotheses.THETA_SMALL);
    assertThat(new OrthogonalRecoveryTheoremChecker().check(
        instance(correlations(BigRational.of(1, 100)), BigRational.ONE))
        .hypothesisFailure()).isEqualTo(OrthogonalRecoveryHypotheses.THETA);
  }
}
