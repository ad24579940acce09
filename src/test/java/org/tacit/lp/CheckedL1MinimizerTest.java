package org.tacit.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;

/**
 * The checked l1 minimizer on data near the overflow threshold, where the plain double simplex
 * returned {@code x = 0} for {@code y != 0} (issue #13 point 8), and on ordinary data, where the
 * double result is kept.
 */
class CheckedL1MinimizerTest {

  private static LinearSystem system(double[][] a, double[] y) {
    BigRational[][] rows = new BigRational[a.length][];
    BigRational[] rhs = new BigRational[y.length];
    for (int i = 0; i < a.length; i++) {
      rows[i] = new BigRational[a[i].length];
      for (int j = 0; j < a[i].length; j++) {
        rows[i][j] = BigRational.valueOf(a[i][j]);
      }
      rhs[i] = BigRational.valueOf(y[i]);
    }
    return new LinearSystem(RationalMatrix.of(rows), rhs);
  }

  @Test
  void hugeEntriesGiveAFeasibleMinimizer() {
    LinearSystem huge = system(new double[][] {{1e308, 1.5e308, 1}, {1.2e308, -1e308, 1}},
        new double[] {1.7e308, 1e307});
    CheckedL1Minimizer.Result result = CheckedL1Minimizer.solve(huge, false, LpPrecision.DOUBLE);
    // whatever path was taken, the answer solves A x = y exactly or within the double check,
    // and its value is the exact optimum
    assertThat(CheckedL1Minimizer.violation(huge, result.solution().x())).isEmpty();
    BigRational exactValue = SignedL1Minimizer.solve(huge, LpPrecision.EXACT).value();
    assertThat(exactValue).isNotNull();
    assertThat(result.solution().value().doubleValue())
        .isCloseTo(exactValue.doubleValue(),
            within(LpTolerances.DOUBLE_CERTIFICATE * exactValue.doubleValue()));
  }

  @Test
  void aViolatingPointIsReportedWithItsRow() {
    LinearSystem huge = system(new double[][] {{1e308, 1.5e308, 1}, {1.2e308, -1e308, 1}},
        new double[] {1.7e308, 1e307});
    BigRational[] zero = {BigRational.ZERO, BigRational.ZERO, BigRational.ZERO};
    assertThat(CheckedL1Minimizer.violation(huge, zero)).hasValueSatisfying(
        message -> assertThat(message).startsWith("violates row 0 of A x = y"));
  }

  @Test
  void equilibrationScalesEachRowByAPowerOfTwoIntoOneToTwo() {
    LinearSystem system = system(new double[][] {{3, -12}, {0.25, 0.125}, {0, 0}},
        new double[] {1, 1, 0});
    LinearSystem scaled = CheckedL1Minimizer.equilibrated(system);
    // row 0: max 12 = 1.5 * 2^3 -> divide by 8; row 1: max 1/4 -> multiply by 4; zero row kept
    assertThat(scaled.a().row(0)).containsExactly(BigRational.of(3, 8), BigRational.of(-3, 2));
    assertThat(scaled.y()[0]).isEqualTo(BigRational.of(1, 8));
    assertThat(scaled.a().row(1)).containsExactly(BigRational.ONE, BigRational.of(1, 2));
    assertThat(scaled.y()[1]).isEqualTo(BigRational.of(4));
    assertThat(scaled.a().row(2)).containsExactly(BigRational.ZERO, BigRational.ZERO);
    assertThat(CheckedL1Minimizer.binaryExponent(BigRational.of(1, 3))).isEqualTo(-2);
    assertThat(CheckedL1Minimizer.binaryExponent(BigRational.of(8))).isEqualTo(3);
    assertThat(CheckedL1Minimizer.binaryExponent(BigRational.of(7))).isEqualTo(2);
  }

  @Test
  void ordinaryDataKeepsTheDoubleResult() {
    LinearSystem system = LinearSystem.of(new long[][] {{1, 2, 0}, {0, 1, 1}}, new long[] {2, 1});
    CheckedL1Minimizer.Result result = CheckedL1Minimizer.solve(system, false, LpPrecision.DOUBLE);
    assertThat(result.fallback()).isEmpty();
    assertThat(result.solution().exact()).isFalse();
    assertThat(system.solves(result.solution().x())).isTrue();
  }

  @Test
  void anInfeasibleSystemIsConfirmedExactly() {
    LinearSystem infeasible = LinearSystem.of(new long[][] {{1, 1}, {1, 1}}, new long[] {1, 2});
    CheckedL1Minimizer.Result result = CheckedL1Minimizer.solve(infeasible, true,
        LpPrecision.DOUBLE);
    assertThat(result.solution().uniqueness()).isEqualTo(L1Uniqueness.NO_SOLUTION);
    assertThat(result.solution().exact()).isTrue();
    assertThat(result.fallback()).isEmpty();
  }
}
