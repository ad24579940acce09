package org.tacit.bregman;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigDecimalMath;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.linalg.FloatingPoint;

/**
 * The certificate of {@link EntropyProjection} must COVER the true error (issue #19): against the
 * independent {@link HighPrecisionEntropyProjection} (60 digits), every support coordinate's
 * {@code |logX_i - log x*_i|} is at most {@code logErrorBound[i]}, every relative error
 * {@code |x^_i - x*_i| / x^_i} (with {@code x^_i = exp(logX_i)} as an exact real, as the contract
 * states) is at most {@link ProjectionCertificate#relativeErrorBound()}, and
 * {@code ||x^ - x*||_1} is at most {@code l1DistanceBound}; the actual errors are asserted to be
 * non-zero, so a certificate of 0 fails. The certificate's derived fields are recomputed from
 * its per-coordinate bounds. The residual {@code ||A x - y||_2} is compared with the exact
 * rational residual.
 *
 * <p>Reference slack: the 60-digit reference is accurate to about {@code 10^(c - 60)} with c the
 * decimal log of the Hessian's condition number (c < 15 on these instances, alpha >= 1e-10),
 * so {@link #REFERENCE_SLACK} = 1e-40 bounds its error with a wide margin, far below the
 * certified bounds (about 1e-15).
 */
class EntropyProjectionCertificateCoverageTest {

  private static final int DIGITS = 60;
  private static final MathContext MC = new MathContext(DIGITS + 10);
  private static final BigDecimal REFERENCE_SLACK = new BigDecimal("1e-40");

  private static BigRational[] ints(long... v) {
    BigRational[] out = new BigRational[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = BigRational.of(v[i]);
    }
    return out;
  }

  /** A = [1, -3], y = 1 (one-dimensional kernel). */
  private static EntropyProjectionProblem kernelOne() {
    return EntropyProjectionProblem.of(RationalMatrix.of(new long[][] {{1, -3}}), ints(1));
  }

  /** Inventory MS-DER-EX2: A = [[1, -1, 0], [0, 1, -1]], y = (-1, 2). */
  private static EntropyProjectionProblem negativeRho() {
    return EntropyProjectionProblem.of(
        RationalMatrix.of(new long[][] {{1, -1, 0}, {0, 1, -1}}), ints(-1, 2));
  }

  /** A 2 x 4 system with a two-dimensional kernel and a non-dyadic right side (1/3, 5/7). */
  private static EntropyProjectionProblem twoDimensionalKernel() {
    return EntropyProjectionProblem.of(RationalMatrix.of(new long[][] {{1, 2, 0, 1}, {0, 1, 3, -1}}),
        new BigRational[] {BigRational.of(1, 3), BigRational.of(5, 7)});
  }

  private static void assertCovered(EntropyProjectionProblem problem, double alpha) {
    EntropyProjectionResult result = new EntropyProjection().solve(problem, alpha);
    ProjectionCertificate certificate = result.certificate();
    assertThat(certificate.certified()).isTrue();
    BigDecimal[] reference = new HighPrecisionEntropyProjection(DIGITS)
        .logProjection(problem, new BigDecimal(alpha));
    double[] logX = result.logX();
    double[] bounds = certificate.logErrorBound();
    BigDecimal relativeBound = new BigDecimal(certificate.relativeErrorBound());
    BigDecimal l1Distance = BigDecimal.ZERO;
    BigDecimal worstRelative = BigDecimal.ZERO;
    double maxBound = 0;
    double l1FromBounds = 0;
    double[] x = result.x();
    for (int i = 0; i < logX.length; i++) {
      BigDecimal logStar = reference[i];
      assertThat(logStar).as("support coordinate %d", i).isNotNull();
      BigDecimal logHat = new BigDecimal(logX[i]);
      BigDecimal logError = logHat.subtract(logStar, MC).abs();
      assertThat(logError.add(REFERENCE_SLACK)).as("log error of x_%d at alpha %s", i, alpha)
          .isLessThanOrEqualTo(new BigDecimal(bounds[i]));
      BigDecimal xHat = BigDecimalMath.exp(logHat, MC);
      BigDecimal xStar = BigDecimalMath.exp(logStar, MC);
      BigDecimal error = xHat.subtract(xStar, MC).abs();
      BigDecimal relative = error.divide(xHat, MC);
      assertThat(relative.add(REFERENCE_SLACK)).as("relative error of x_%d", i)
          .isLessThanOrEqualTo(relativeBound);
      worstRelative = worstRelative.max(relative);
      l1Distance = l1Distance.add(error, MC);
      maxBound = Math.max(maxBound, bounds[i]);
      l1FromBounds += x[i] * Math.expm1(bounds[i]);
    }
    assertThat(l1Distance.add(REFERENCE_SLACK))
        .isLessThanOrEqualTo(new BigDecimal(certificate.l1DistanceBound()));
    // the errors are real: a certificate of 0 cannot cover them
    assertThat(worstRelative).isGreaterThan(REFERENCE_SLACK);
    assertThat(l1Distance).isGreaterThan(REFERENCE_SLACK);
    assertThat(certificate.maxLogErrorBound()).isEqualTo(maxBound);
    assertThat(certificate.relativeErrorBound()).isEqualTo(Math.expm1(maxBound));
    // the contract's l1 bound dominates the per-coordinate sum of expm1(bound_i) x^_i
    assertThat(certificate.l1DistanceBound()).isGreaterThanOrEqualTo(l1FromBounds);
    assertThat(certificate.contraction()).isBetween(0.0, 1.0);
    assertThat(certificate.logBallRadius()).isPositive();
    assertResidualIsExact(problem, x, result.residualNorm());
    assertThat(result.phases()).isBetween(1, BregmanTolerances.MAX_PHASES);
    assertThat(result.iterations()).isPositive();
  }

  /**
   * Compares a residual computed in double with the exact {@code ||A x - y||_2} of the double
   * vector x. Error analysis (standard model): each row sum of k + 1 terms, with the entries of A
   * and y first rounded to double, is within {@code gamma(k + 3) s_j} of the exact row residual,
   * {@code s_j = |y_j| + sum_i |a_ji x_i|}; the sum of m squares and the square root add a relative
   * {@code gamma(m + 2)}. So {@code |computed - exact| <= gamma(k + m + 6) (||s||_2 + exact)}.
   */
  private static void assertResidualIsExact(EntropyProjectionProblem problem, double[] x,
      double computed) {
    RationalMatrix a = problem.a();
    BigRational[] y = problem.y();
    BigRational squares = BigRational.ZERO;
    double scaleSquares = 0;
    for (int j = 0; j < a.rows(); j++) {
      BigRational r = y[j].negate();
      double s = Math.abs(y[j].doubleValue());
      for (int i = 0; i < a.cols(); i++) {
        r = r.add(a.get(j, i).multiply(BigRational.valueOf(x[i])));
        s += Math.abs(a.get(j, i).doubleValue() * x[i]);
      }
      squares = squares.add(r.multiply(r));
      scaleSquares += s * s;
    }
    double exact = Math.sqrt(squares.doubleValue());
    double bound = FloatingPoint.gamma(a.cols() + a.rows() + 6)
        * (Math.sqrt(scaleSquares) + exact);
    assertThat(Math.abs(computed - exact)).as("residual %s vs exact %s", computed, exact)
        .isLessThanOrEqualTo(bound);
  }

  @Test
  void certificateCoversTheOneDimensionalKernel() {
    for (double alpha : new double[] {0.3, 1e-3, 1e-10}) {
      assertCovered(kernelOne(), alpha);
    }
  }

  @Test
  void certificateCoversTheNegativeRhoExample() {
    for (double alpha : new double[] {0.5, 1e-4}) {
      assertCovered(negativeRho(), alpha);
    }
  }

  @Test
  void certificateCoversATwoDimensionalKernel() {
    for (double alpha : new double[] {1.0, 1e-2}) {
      assertCovered(twoDimensionalKernel(), alpha);
    }
  }

  /**
   * The residual at points far from feasible, where it is of order 1: A = [[1, 2, 0, 1],
   * [0, 1, 3, -1]], y = (1/3, 5/7), x = (0.1, 0.7, 0.25, 2): exact residual
   * (0.1 + 1.4 + 2 - 1/3, 0.7 + 0.75 - 2 - 5/7) evaluated on the doubles.
   */
  @Test
  void residualNormMatchesTheExactResidual() {
    EntropyProjectionProblem problem = twoDimensionalKernel();
    double[][] points = {{0.1, 0.7, 0.25, 2.0}, {0, 0, 0, 0}, {1e-300, 3.5, 1e5, 0.0}};
    for (double[] x : points) {
      double computed = EntropyProjection.residualNorm(problem, x);
      assertThat(computed).isPositive();
      assertResidualIsExact(problem, x, computed);
    }
    // at x = 0 the residual is ||y||_2 = sqrt(1/9 + 25/49) exactly
    assertThat(EntropyProjection.residualNorm(problem, new double[4]))
        .isCloseTo(Math.sqrt(1.0 / 9 + 25.0 / 49), org.assertj.core.data.Offset.offset(
            FloatingPoint.gamma(12)));
  }

  /**
   * The smallest supported alpha is accepted: A = [1, 0], y = 1 leaves x_2 free, so the projection
   * is (1, alpha) exactly, and the certified log bound covers log(alpha) (evaluated in 60 digits).
   */
  @Test
  void smallestSupportedAlphaIsAcceptedAndCertified() {
    EntropyProjectionProblem problem = EntropyProjectionProblem.of(
        RationalMatrix.of(new long[][] {{1, 0}}), ints(1));
    double alpha = BregmanTolerances.MIN_ALPHA;
    EntropyProjectionResult result = new EntropyProjection().solve(problem, alpha);
    assertThat(result.certificate().certified()).isTrue();
    BigDecimal logAlpha = BigDecimalMath.log(new BigDecimal(alpha), MC);
    BigDecimal error = new BigDecimal(result.logX()[1]).subtract(logAlpha, MC).abs();
    assertThat(error.add(REFERENCE_SLACK))
        .isLessThanOrEqualTo(new BigDecimal(result.certificate().logErrorBound()[1]));
    assertThat(Math.abs(result.logX()[0]))
        .isLessThanOrEqualTo(result.certificate().logErrorBound()[0]);
  }
}
