package org.tacit.bregman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigDecimalMath;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * Hand-solvable projections (one-dimensional kernels reduce to a monotone scalar equation solved
 * here by bisection, inventory oracle MS-DER-1D), degenerate inputs and error paths.
 */
class EntropyProjectionTest {

  private final EntropyProjection solver = new EntropyProjection();

  private static BigRational[] ints(long... v) {
    BigRational[] out = new BigRational[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = BigRational.of(v[i]);
    }
    return out;
  }

  /** Root t > 0 of the increasing function f by bisection on [lo, hi] in log t (200 halvings). */
  private static double bisectLog(java.util.function.DoubleUnaryOperator f, double logLo,
      double logHi) {
    for (int k = 0; k < 200; k++) {
      double mid = 0.5 * (logLo + logHi);
      if (f.applyAsDouble(mid) > 0) {
        logHi = mid;
      } else {
        logLo = mid;
      }
    }
    return 0.5 * (logLo + logHi);
  }

  /**
   * A = [1, -3], y = 1: x = (1 + 3t, t) with 3 log((1 + 3t)/alpha) + log(t/alpha) = 0, i.e.
   * log t = 4 log alpha - 3 log(1 + 3t); at alpha = 0.3 the inventory gives (1.022716, 0.0075722).
   */
  @Test
  void oneDimensionalKernelMatchesTheScalarEquation() {
    EntropyProjectionProblem problem = EntropyProjectionProblem.of(
        RationalMatrix.of(new long[][] {{1, -3}}), ints(1));
    for (double alpha : new double[] {0.3, 1e-3, 1e-10, 1e-30, 1e-100}) {
      double la = Math.log(alpha);
      double logT = bisectLog(lt -> lt + 3 * Math.log1p(3 * Math.exp(lt)) - 4 * la, -1000, 10);
      EntropyProjectionResult r = solver.solve(problem, alpha);
      assertThat(r.logX()[1]).isCloseTo(logT, within(1e-12 * Math.abs(logT)));
      assertThat(r.logX()[0]).isCloseTo(Math.log1p(3 * Math.exp(logT)), within(1e-13));
      assertThat(r.certificate().certified()).isTrue();
      assertThat(Math.abs(r.logX()[1] - logT)).isLessThanOrEqualTo(
          r.certificate().logErrorBound()[1] + 1e-13 * Math.abs(logT));
      assertThat(r.residualNorm()).isLessThan(1e-14);
      assertThat(r.alpha()).isEqualTo(alpha);
    }
    EntropyProjectionResult r = solver.solve(problem, 0.3);
    assertThat(r.x()[0]).isCloseTo(1.022716, within(1e-6));
    assertThat(r.x()[1]).isCloseTo(0.0075722, within(1e-7));
  }

  /**
   * Inventory MS-DER-EX2: A = [[1, -1, 0], [0, 1, -1]], y = (-1, 2), x* = (1, 2, 0), kernel
   * (1, 1, 1): x = x* + t 1 with (1 + t)(2 + t) t = alpha^3.
   */
  @Test
  void negativeRhoExampleFollowsTheCubicEquation() {
    EntropyProjectionProblem problem = EntropyProjectionProblem.of(
        RationalMatrix.of(new long[][] {{1, -1, 0}, {0, 1, -1}}), ints(-1, 2));
    for (double alpha : new double[] {0.5, 1e-4, 1e-10}) {
      double la = Math.log(alpha);
      double logT = bisectLog(lt -> lt + Math.log1p(Math.exp(lt)) + Math.log(2 + Math.exp(lt))
          - 3 * la, -1000, 10);
      EntropyProjectionResult r = solver.solve(problem, alpha);
      assertThat(r.logX()[2]).isCloseTo(logT, within(1e-12 * Math.abs(logT)));
      assertThat(r.certificate().certified()).isTrue();
      assertThat(r.certificate().l1DistanceBound()).isLessThan(1e-10);
    }
  }

  /**
   * The Newton decrement is reported at the final iterate, also when the last phase converges
   * without a step (issue #13: {@code tacit bregman} printed "NaN" on a certified result).
   */
  @Test
  void theDecrementOfAConvergedRunIsFinite() {
    EntropyProjectionProblem problem = EntropyProjectionProblem.of(
        RationalMatrix.of(new long[][] {{1, 1, 0}, {0, 1, 1}}), ints(1, 1));
    for (double alpha : new double[] {0.5, 1e-3, 1e-30}) {
      EntropyProjectionResult r = solver.solve(problem, alpha);
      assertThat(r.certificate().certified()).isTrue();
      assertThat(r.newtonDecrement()).as("alpha %s", alpha).isFinite().isNotNegative();
    }
  }

  @Test
  void withoutEffectiveConstraintsTheProjectionIsAlphaOne() {
    EntropyProjectionProblem problem = EntropyProjectionProblem.of(
        RationalMatrix.of(new long[][] {{0, 0, 0}}), ints(0));
    EntropyProjectionResult r = solver.solve(problem, 0.25);
    assertThat(r.x()).containsExactly(0.25, 0.25, 0.25);
    assertThat(r.certificate().certified()).isTrue();
    assertThat(r.certificate().contraction()).isZero();
    assertThat(r.iterations()).isZero();
  }

  @Test
  void maskedCoordinatesStayZero() {
    // x1 + x2 = 0 forces x1 = x2 = 0; x3 - x4 = 0 leaves x3 = x4 = alpha.
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, 1, 0, 0}, {0, 0, 1, -1}});
    EntropyProjectionProblem problem = new EntropyProjectionProblem(a, ints(0, 0),
        new boolean[] {false, false, true, true});
    EntropyProjectionResult r = solver.solve(problem, 0.5);
    assertThat(r.x()[0]).isZero();
    assertThat(r.logX()[1]).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(r.x()[2]).isCloseTo(0.5, within(1e-15));
    assertThat(r.certificate().logErrorBound()[0]).isZero();
    // the same problem with the full mask has no strictly positive feasible point
    assertThatThrownBy(() -> solver.solve(EntropyProjectionProblem.of(a, ints(0, 0)), 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
  }

  @Test
  void rejectsInvalidInput() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, 1}, {1, 1}});
    assertThatThrownBy(() -> solver.solve(EntropyProjectionProblem.of(a, ints(1, 2)), 0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no solution");
    EntropyProjectionProblem ok = EntropyProjectionProblem.of(a, ints(1, 1));
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, 1e-301}) {
      assertThatThrownBy(() -> solver.solve(ok, bad)).isInstanceOf(IllegalArgumentException.class);
    }
    // consistent but no nonnegative solution: x1 + x2 = -1
    assertThatThrownBy(() -> solver.solve(EntropyProjectionProblem.of(
        RationalMatrix.of(new long[][] {{1, 1}}), ints(-1)), 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EntropyProjectionProblem(a, ints(1), new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EntropyProjectionProblem(a, ints(1, 1), new boolean[3]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReducedConstraints.reduce(ok, new int[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReducedConstraints.reduce(ok, new int[] {0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HighPrecisionEntropyProjection(10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HighPrecisionEntropyProjection(30).logProjection(ok,
        BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reducedConstraintsPreferTheGivenPivotOrder() {
    RationalMatrix a = RationalMatrix.of(new long[][] {{1, 2, 3}, {2, 4, 7}, {3, 6, 10}});
    EntropyProjectionProblem problem = EntropyProjectionProblem.of(a, ints(6, 13, 19));
    ReducedConstraints natural = ReducedConstraints.reduce(problem);
    assertThat(natural.rank()).isEqualTo(2);
    assertThat(natural.pivots()).containsExactly(0, 2);
    ReducedConstraints preferred = ReducedConstraints.reduce(problem, new int[] {1, 2, 0});
    assertThat(preferred.pivots()).containsExactly(1, 2);
    assertThat(preferred.columns()).containsExactly(0, 1, 2);
    // [x1 = 1/2 - x0/2 ... ] rows: pivot 1 row is (1/2, 1, 0 | 1/2), pivot 2 row is (0, 0, 1 | 1)
    assertThat(preferred.rows().row(0)).containsExactly(BigRational.of(1, 2), BigRational.ONE,
        BigRational.ZERO);
    assertThat(preferred.rightSide()).containsExactly(BigRational.of(3, 2), BigRational.ONE);
  }

  @Test
  void bigDecimalMathAgreesWithDoubleAndIdentities() {
    MathContext mc = new MathContext(40);
    for (double v : new double[] {-700.5, -3.25, -1e-5, 0, 0.5, 1, 2.75, 300}) {
      BigDecimal e = BigDecimalMath.exp(new BigDecimal(v), mc);
      assertThat(e.doubleValue()).isCloseTo(Math.exp(v), within(2e-16 * Math.exp(v)));
      if (v != 0) {
        assertThat(BigDecimalMath.log(e, mc).subtract(new BigDecimal(v)).abs().doubleValue())
            .isLessThan(1e-35 * Math.max(1, Math.abs(v)));
      }
    }
    BigDecimal ln10 = BigDecimalMath.log(BigDecimal.TEN, mc);
    assertThat(ln10.toString()).startsWith("2.30258509299404568401799145468436420");
    assertThat(BigDecimalMath.log(new BigDecimal("1e-400"), mc).doubleValue())
        .isCloseTo(-400 * Math.log(10), within(1e-10));
    assertThatThrownBy(() -> BigDecimalMath.log(BigDecimal.ZERO, mc))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> BigDecimalMath.exp(new BigDecimal("1e7"), mc))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
