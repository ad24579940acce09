package org.tacit.group.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.group.model.GroupPartition;
import org.tacit.group.model.HadamardDesign;
import org.tacit.group.model.OrthogonalFlowInstance;
import org.tacit.spec.Verifies;
import org.tacit.verify.Check;
import org.tacit.verify.StatementForm;
import org.tacit.verify.Verdict;

/**
 * Erratum LNHW rem-B.3 (inventory E5): in the proof of Theorem 2 the off-support growth is
 * printed as {@code (1/2) d(u^2)/dt = 2||w_l||^2 + 2 w_l^T g_l <= u^6 + sqrt 2 u^4 B}; under
 * orthogonal design it is {@code -2||w_l||^2 + 2 w_l^T g_l <= sqrt 2 u^3 ||g_l||}, the off-support
 * group reaches {@code sqrt theta} before the printed {@code T_u}, and the printed {@code T_l} exceeds
 * {@code T_u} by five orders of magnitude.
 *
 * <p>Counterexample (meets every hypothesis of Theorem 2 and of the proof): Hadamard {@code n = 4},
 * groups {0, 1} and {2}, {@code w* = (3/5, 4/5, 0)} ({@code u* = 1}, S = {0}),
 * {@code g = X^T xi / n = (0, 0, 1/100)} ({@code B = ||g||_inf = 1/100}, {@code m_1 = 1/100}),
 * {@code theta = 1/10^4} ({@code sqrt theta = 1/100}), {@code eps = 1/1000}.
 */
class OrthogonalOffSupportRemarkErratumTest {

  private static final BigRational THETA = BigRational.of(1, 10_000);
  private static final BigRational ROOT_THETA = BigRational.of(1, 100);
  private static final BigRational M_OFF = BigRational.of(1, 100);
  private static final BigRational B = BigRational.of(1, 100);
  private static final BigRational SQRT2_LOW = BigRational.of(1414, 1000);
  private static final BigRational SQRT2_HIGH = BigRational.of(1415, 1000);

  static OrthogonalFlowInstance counterexample() {
    GroupPartition groups = GroupPartition.ofSizes(2, 1);
    BigRational[][] x = HadamardDesign.exact(2, 3);
    BigRational[] truth = {BigRational.of(3, 5), BigRational.of(4, 5), BigRational.ZERO};
    BigRational[] a = {BigRational.of(3, 5), BigRational.of(4, 5), BigRational.of(1, 100)};
    BigRational[] y = new BigRational[x.length];
    for (int row = 0; row < x.length; row++) {
      BigRational sum = BigRational.ZERO;
      for (int j = 0; j < a.length; j++) {
        sum = sum.add(x[row][j].multiply(a[j]));
      }
      y[row] = sum;
    }
    return OrthogonalFlowInstance.of(groups, x, y, truth, THETA, BigRational.of(1, 1000));
  }

  private static Check labelled(Verdict verdict, String fragment) {
    List<Check> matches = verdict.checks().stream()
        .filter(check -> check.label().contains(fragment)).toList();
    assertThat(matches).as(fragment).isNotEmpty();
    return matches.get(0);
  }

  /** The printed form fails at each of its four claims; the corrected form holds. */
  @Test
  @Verifies("LNHW:rem-B.3")
  void printedClaimsFailAndCorrectedHold() {
    OrthogonalFlowInstance instance = counterexample();
    assertThat(instance.noiseCorrelations()).containsExactly(BigRational.ZERO, BigRational.ZERO,
        BigRational.of(1, 100));
    Verdict printed = new OrthogonalOffSupportRemarkChecker(StatementForm.PRINTED).check(instance);
    assertThat(printed.hypothesesMet()).isTrue();
    assertThat(printed.holds()).isFalse();
    assertThat(labelled(printed, "u = theta, l=1: printed (1/2) d(u_l^2)/dt = 2||w_l||^2")
        .holds()).isFalse();
    assertThat(labelled(printed, "printed sqrt2 m_l u^3 - u^6 <= u^6 + sqrt2 u^4 B").holds())
        .isFalse();
    assertThat(labelled(printed, "printed T_u").holds()).isFalse();
    assertThat(labelled(printed, "printed T_l < T_u").holds()).isFalse();

    Verdict corrected = new OrthogonalOffSupportRemarkChecker().check(instance);
    assertThat(corrected.holds()).as(corrected.describe()).isTrue();
    assertThat(new OrthogonalRecoveryTheoremChecker().check(instance).holds()).isTrue();
  }

  /**
   * The same failures in exact arithmetic with rigorous bounds: {@code 1.414 < sqrt 2 < 1.415},
   * {@code 2(x-1)/(x+1) <= log x <= (x - 1/x)/2} for {@code x >= 1} (so
   * {@code 72/11 <= log 10^4 <= 99/5}), {@code 2^{1/3} >= 5/4}.
   * <ul>
   *   <li>escape: for {@code theta <= u <= sqrt theta}, {@code u' = u^2 (sqrt 2 m - u^3) >=
   *       u^2 (1.414 m - theta^{3/2})}, so {@code u} reaches {@code sqrt theta} before
   *       {@code E = (1/theta - 1/sqrt theta)/(1.414 m - theta^{3/2}) < 7.003e5}, while
   *       {@code T_u >= (72/11)/(2 theta^2 + 1.415 theta B) > 4.5e6};</li>
   *   <li>{@code T_l >= (5/4)(u*_max)^{4/3}/theta^2 / ((1 - 6B) 1.415 (u*_min)^2 theta) > 9e11}
   *       (its second term is positive: {@code log_2(1/(2 eps)) > 0}) while
   *       {@code T_u <= (99/5)/(2 theta^2 + 1.414 theta B) < 1.4e7};</li>
   *   <li>growth on the trajectory at {@code u = theta}: the exact value
   *       {@code sqrt 2 m theta^3 - theta^6 >= 1.414 m theta^3 - theta^6} exceeds the printed bound
   *       {@code theta^6 + sqrt 2 theta^4 B <= theta^6 + 1.415 theta^4 B}.</li>
   * </ul>
   */
  @Test
  @Verifies("LNHW:rem-B.3")
  void rigorousRationalBounds() {
    assertThat(SQRT2_LOW.multiply(SQRT2_LOW).compareTo(BigRational.TWO)).isNegative();
    assertThat(SQRT2_HIGH.multiply(SQRT2_HIGH).compareTo(BigRational.TWO)).isPositive();
    assertThat(ROOT_THETA.multiply(ROOT_THETA)).isEqualTo(THETA);
    BigRational thetaThreeHalves = THETA.multiply(ROOT_THETA);
    BigRational logLow = BigRational.of(4).multiply(BigRational.of(18, 11));
    BigRational logHigh = BigRational.of(4).multiply(BigRational.of(99, 20));
    assertThat(logLow).isEqualTo(BigRational.of(72, 11));
    assertThat(logHigh).isEqualTo(BigRational.of(99, 5));

    BigRational escapeHigh = THETA.reciprocal().subtract(ROOT_THETA.reciprocal())
        .divide(SQRT2_LOW.multiply(M_OFF).subtract(thetaThreeHalves));
    BigRational twoThetaSquared = BigRational.TWO.multiply(THETA).multiply(THETA);
    BigRational upperTimeLow = logLow.divide(twoThetaSquared.add(THETA.multiply(SQRT2_HIGH)
        .multiply(B)));
    BigRational upperTimeHigh = logHigh.divide(twoThetaSquared.add(THETA.multiply(SQRT2_LOW)
        .multiply(B)));
    assertThat(escapeHigh.compareTo(BigRational.of(700_300))).isNegative();
    assertThat(upperTimeLow.compareTo(BigRational.of(4_500_000))).isPositive();
    assertThat(escapeHigh.compareTo(upperTimeLow)).isNegative();

    BigRational relativeB = B;
    BigRational lowerTimeLow = BigRational.of(5, 4).divide(THETA.multiply(THETA))
        .divide(BigRational.ONE.subtract(BigRational.of(6).multiply(relativeB))
            .multiply(SQRT2_HIGH).multiply(THETA));
    assertThat(lowerTimeLow.compareTo(BigRational.of(900_000_000_000L))).isPositive();
    assertThat(upperTimeHigh.compareTo(BigRational.of(14_000_000))).isNegative();
    assertThat(lowerTimeLow.compareTo(upperTimeHigh)).isPositive();

    BigRational theta3 = THETA.pow(3);
    BigRational growthLow = SQRT2_LOW.multiply(M_OFF).multiply(theta3)
        .subtract(theta3.multiply(theta3));
    BigRational printedHigh = theta3.multiply(theta3)
        .add(SQRT2_HIGH.multiply(THETA.pow(4)).multiply(B));
    assertThat(growthLow.compareTo(printedHigh)).isPositive();
  }

  /**
   * The corrected bound {@code T_u^c = (1/theta - 1/sqrt theta)/(sqrt 2 m)} is the exact escape time
   * of the comparison flow {@code u' = sqrt 2 m u^2}; on the counterexample it is within 0.01% of the
   * reduced flow's escape time (the {@code -u^5} term is negligible below {@code sqrt theta}).
   */
  @Test
  @Verifies("LNHW:rem-B.3")
  void correctedEscapeBoundIsTightHere() {
    Verdict corrected = new OrthogonalOffSupportRemarkChecker().check(counterexample());
    Check escape = labelled(corrected, "T_u^c");
    assertThat(escape.holds()).isTrue();
    assertThat(escape.rhs() / escape.lhs()).isBetween(1.0, 1.0001);
    assertThat(escape.lhs()).isBetween(7.0e5, 7.001e5);
  }
}
