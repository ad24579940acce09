package org.tacit.stepsize.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.tacit.spec.Verifies;

/**
 * Cited facts of NRSS Appendix D for the two laws used to probe them, N(0, s^2) and uniform on
 * [-a, a]. Closed forms (derived): for N(0, s^2), E exp(X^2/t^2) = (1 - 2 s^2/t^2)^(-1/2), so
 * ||X||_psi2 = s sqrt(8/3) and ||X^2||_psi1 = 8 s^2 / 3. Tolerances: quadrature and bisection to
 * ~1e-12 relative; 1e-9 leaves headroom.
 */
class SubGaussianNormsTest {

  private static final double S = 1.7;

  private static DoubleUnaryOperator gaussian(double s) {
    return x -> Math.exp(-x * x / (2 * s * s)) / (s * Math.sqrt(2 * Math.PI));
  }

  @Test
  @Verifies("NRSS:def-V2.5.6")
  void gaussianPsiTwoNormMatchesTheClosedForm() {
    double psi2 = SubGaussianNorms.psiTwo(gaussian(S), 40 * S, 10 * S);
    assertThat(psi2).isCloseTo(S * Math.sqrt(8.0 / 3), within(1e-9 * S));
    assertThat(SubGaussianNorms.expectation(gaussian(S), 40 * S, x -> 1)).isCloseTo(1,
        within(1e-12));
  }

  /** ||X^2||_psi1 = ||X||_psi2^2 for N(0, s^2) and for the uniform law on [-2, 2]. */
  @Test
  @Verifies("NRSS:lem-V2.7.6")
  void psiOneOfTheSquareIsTheSquaredPsiTwoNorm() {
    double psi2 = SubGaussianNorms.psiTwo(gaussian(S), 40 * S, 10 * S);
    double psi1 = SubGaussianNorms.psiOneOfSquare(gaussian(S), 40 * S, 100 * S * S);
    assertThat(psi1).isCloseTo(psi2 * psi2, within(1e-9 * psi1));
    assertThat(psi1).isCloseTo(8 * S * S / 3, within(1e-9 * psi1));
    DoubleUnaryOperator uniform = x -> Math.abs(x) <= 2 ? 0.25 : 0;
    double u2 = SubGaussianNorms.psiTwo(uniform, 2, 10);
    double u1 = SubGaussianNorms.psiOneOfSquare(uniform, 2, 100);
    assertThat(u1).isCloseTo(u2 * u2, within(1e-9 * u1));
  }

  /**
   * P[|V| >= t] <= 2 exp(-t^2 / sigma^2) with sigma = ||V||_psi2, on a grid t in [0, 12 s] for
   * N(0, s^2) (P = erfc(t / (s sqrt 2))) and t in [0, 2] for the uniform law on [-2, 2]
   * (P = 1 - t/2).
   */
  @Test
  @Verifies("NRSS:prop-D.1")
  void tailBoundHolds() {
    double sigma = SubGaussianNorms.psiTwo(gaussian(S), 40 * S, 10 * S);
    double worst = Double.POSITIVE_INFINITY;
    for (int k = 0; k <= 1200; k++) {
      double t = k * 0.01 * S;
      double tail = Erf.erfc(t / (S * Math.sqrt(2)));
      double bound = 2 * Math.exp(-t * t / (sigma * sigma));
      assertThat(tail).as("t = %s", t).isLessThanOrEqualTo(bound);
      worst = Math.min(worst, bound - tail);
    }
    DoubleUnaryOperator uniform = x -> Math.abs(x) <= 2 ? 0.25 : 0;
    double uniformSigma = SubGaussianNorms.psiTwo(uniform, 2, 10);
    for (int k = 0; k <= 200; k++) {
      double t = k * 0.01;
      assertThat(1 - t / 2).isLessThanOrEqualTo(2 * Math.exp(-t * t / (uniformSigma
          * uniformSigma)));
    }
    assertThat(worst).isGreaterThanOrEqualTo(0);
  }

  @Test
  void upperEndMustBeValid() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> SubGaussianNorms.psiTwo(gaussian(S), 40 * S, S))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
