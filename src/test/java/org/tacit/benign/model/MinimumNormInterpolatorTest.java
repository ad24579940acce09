package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.exact.RationalVectors;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.linalg.Vectors;
import org.tacit.spec.Verifies;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/** The min-l2 interpolator: hand cases, exact characterisation, double against exact. */
class MinimumNormInterpolatorTest {

  /**
   * X = [[1, 0, 1], [0, 1, 1]], y = (1, 1): X X^T = [[2, 1], [1, 2]], c = (1/3, 1/3), beta =
   * (1/3, 1/3, 2/3) (worked by hand).
   */
  @Test
  @Verifies("ZG:rem-1.1")
  void handWorkedCase() {
    RationalMatrix x = RationalMatrix.of(new long[][] {{1, 0, 1}, {0, 1, 1}});
    BigRational[] y = {BigRational.ONE, BigRational.ONE};
    BigRational[] beta = MinimumNormExactInterpolator.solve(x, y);
    assertThat(beta).containsExactly(BigRational.of(1, 3), BigRational.of(1, 3),
        BigRational.of(2, 3));
    MinimumNormSolution dbl = MinimumNormInterpolator.solve(new double[] {1, 0, 1, 0, 1, 1}, 2, 3,
        new double[] {1, 1});
    assertThat(dbl.certified(2, 3)).isTrue();
    double[] b = dbl.beta();
    double[] error = {b[0] - 1.0 / 3, b[1] - 1.0 / 3, b[2] - 2.0 / 3};
    // ||X||_F^2 = 4 and lambda_min(X X^T) = 1 (eigenvalues 1 and 3); ||beta|| = sqrt(6) / 3.
    assertThat(Vectors.norm(error) / (Math.sqrt(6) / 3))
        .isLessThanOrEqualTo(ZgTolerances.minimumNormForwardError(2, 3, 4.0));
  }

  /**
   * Exact: the solution interpolates, is orthogonal to ker X, and every other interpolator
   * {@code beta + h} (h a random integer combination of a kernel basis) has a larger norm.
   */
  @Test
  @Verifies("ZG:rem-1.1")
  void exactSolutionIsTheMinimumNormInterpolator() {
    Draws draws = new SeededDraws(11);
    for (int trial = 0; trial < 20; trial++) {
      RationalMatrix x = fullRowRank(draws, 3, 7);
      BigRational[] y = integers(draws, 3);
      BigRational[] beta = MinimumNormExactInterpolator.solve(x, y);
      assertThat(x.multiply(beta)).containsExactly(y);
      RationalMatrix kernel = x.nullSpaceBasis();
      assertThat(kernel.cols()).isEqualTo(4);
      BigRational[] h = new BigRational[7];
      Arrays.fill(h, BigRational.ZERO);
      for (int k = 0; k < kernel.cols(); k++) {
        assertThat(RationalVectors.dot(beta, kernel.column(k))).isEqualTo(BigRational.ZERO);
        BigRational weight = BigRational.of(draws.between(1, 5));
        BigRational[] column = kernel.column(k);
        for (int j = 0; j < 7; j++) {
          h[j] = h[j].add(weight.multiply(column[j]));
        }
      }
      BigRational[] other = new BigRational[7];
      for (int j = 0; j < 7; j++) {
        other[j] = beta[j].add(h[j]);
      }
      assertThat(x.multiply(other)).containsExactly(y);
      assertThat(RationalVectors.dot(other, other))
          .isGreaterThan(RationalVectors.dot(beta, beta));
    }
  }

  /**
   * Double against exact on random integer designs: the residual certificate holds and the
   * forward error is within {@link ZgTolerances#minimumNormForwardError}, with
   * {@code lambda_min(X X^T)} from the Jacobi eigenvalue solver (an independent algorithm).
   */
  @Test
  @Verifies("ZG:rem-1.1")
  void doubleAgreesWithExact() {
    Draws draws = new SeededDraws(12);
    for (int trial = 0; trial < 30; trial++) {
      int n = draws.intBetween(2, 6);
      int d = n + draws.intBetween(1, 8);
      RationalMatrix x = fullRowRank(draws, n, d);
      BigRational[] y = integers(draws, n);
      BigRational[] exact = MinimumNormExactInterpolator.solve(x, y);
      double[] xd = x.toDoubleRowMajor();
      double[] yd = new double[n];
      for (int i = 0; i < n; i++) {
        yd[i] = y[i].doubleValue();
      }
      MinimumNormSolution solution = MinimumNormInterpolator.solve(xd, n, d, yd);
      assertThat(solution.certified(n, d)).isTrue();
      double[] eigenvalues = SymmetricEigen.eigenvalues(MinimumNormInterpolator.gram(xd, n, d), n);
      double lambdaMin = Double.POSITIVE_INFINITY;
      for (double e : eigenvalues) {
        lambdaMin = Math.min(lambdaMin, e);
      }
      double[] beta = solution.beta();
      double[] difference = new double[d];
      double[] exactDouble = new double[d];
      for (int j = 0; j < d; j++) {
        exactDouble[j] = exact[j].doubleValue();
        difference[j] = beta[j] - exactDouble[j];
      }
      double ratio = Vectors.dot(xd, xd) / lambdaMin;
      assertThat(Vectors.norm(difference) / Vectors.norm(exactDouble))
          .isLessThanOrEqualTo(ZgTolerances.minimumNormForwardError(n, d, ratio));
    }
  }

  /** A candidate off the row space or off the interpolation fails the certificate. */
  @Test
  void perturbedCandidatesFailTheCertificate() {
    double[] x = {1, 0, 1, 0, 1, 1};
    double[] y = {1, 1};
    MinimumNormSolution solution = MinimumNormInterpolator.solve(x, 2, 3, y);
    double[] beta = solution.beta();
    double[] c = solution.coefficients();
    double[] kernelShift = {beta[0] + 1e-6, beta[1] + 1e-6, beta[2] - 1e-6};
    MinimumNormSolution shifted = MinimumNormInterpolator.certify(x, 2, 3, y, kernelShift, c);
    assertThat(shifted.normalizedResidual()).isLessThanOrEqualTo(
        ZgTolerances.minimumNormResidual(2, 3));
    assertThat(shifted.rowSpaceDefect()).isGreaterThan(ZgTolerances.minimumNormResidual(2, 3));
    assertThat(shifted.certified(2, 3)).isFalse();
    double[] scaled = {beta[0] * (1 + 1e-6), beta[1] * (1 + 1e-6), beta[2] * (1 + 1e-6)};
    double[] scaledC = {c[0] * (1 + 1e-6), c[1] * (1 + 1e-6)};
    MinimumNormSolution off = MinimumNormInterpolator.certify(x, 2, 3, y, scaled, scaledC);
    assertThat(off.normalizedResidual()).isGreaterThan(ZgTolerances.minimumNormResidual(2, 3));
    assertThat(off.certified(2, 3)).isFalse();
  }

  @Test
  void rankDeficientDesignIsRejected() {
    assertThatThrownBy(() -> MinimumNormInterpolator.solve(new double[] {1, 2, 3, 2, 4, 6}, 2, 3,
        new double[] {1, 1})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MinimumNormExactInterpolator.solve(
        RationalMatrix.of(new long[][] {{1, 2, 3}, {2, 4, 6}}),
        new BigRational[] {BigRational.ONE, BigRational.ONE}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** {@code [T | R]} with T upper triangular, diagonal in {1, 2, 3}: full row rank. */
  static RationalMatrix fullRowRank(Draws draws, int n, int d) {
    long[][] x = new long[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        if (j == i) {
          x[i][j] = draws.between(1, 3);
        } else if (j > i) {
          x[i][j] = draws.between(-3, 3);
        }
      }
    }
    return RationalMatrix.of(x);
  }

  static BigRational[] integers(Draws draws, int n) {
    BigRational[] y = new BigRational[n];
    for (int i = 0; i < n; i++) {
      y[i] = BigRational.of(draws.between(-5, 5));
    }
    return y;
  }
}
