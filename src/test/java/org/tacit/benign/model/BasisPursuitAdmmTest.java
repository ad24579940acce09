package org.tacit.benign.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tacit.exact.BigRational;
import org.tacit.exact.RationalMatrix;
import org.tacit.linalg.SymmetricEigen;
import org.tacit.lp.LpPrecision;
import org.tacit.verify.Draws;
import org.tacit.verify.SeededDraws;

/**
 * The scalable min-l1 interpolator (ADMM with a primal-dual certificate) against the exact
 * optimum of {@link MinimumL1Interpolator} (rational simplex): the exact optimum lies between the
 * certificate's dual value and its l1 norm, within {@link ZgTolerances#basisPursuitAgainstExact},
 * and the certificate's gap meets {@link ZgTolerances#BASIS_PURSUIT_RELATIVE_GAP}.
 */
class BasisPursuitAdmmTest {

  /**
   * The design of {@link MinimumL1InterpolatorTest}'s hand-worked case, {@code X = [2 I_3 | A]}
   * (A's columns {@code (1,1,0), (1,0,1), (0,1,1)}), {@code y = 2 e_1}: {@code beta = e_1} is
   * feasible with {@code ||beta||_1 = 1}, and {@code mu = e_1 / 2} has {@code X^T mu = (1, 0, 0,
   * 1/2, 1/2, 0)}, so {@code ||X^T mu||_inf = 1} and {@code y^T mu = 1}: the optimum is 1.
   */
  @Test
  void knownSparseSolution() {
    float[][] columns = {{2, 0, 0}, {0, 2, 0}, {0, 0, 2}, {1, 1, 0}, {1, 0, 1}, {0, 1, 1}};
    BasisPursuitCertificate certificate = new BasisPursuitAdmm(new FloatDesign(columns, 3),
        new double[] {2, 0, 0}).solve(1000);
    double tol = ZgTolerances.basisPursuitAgainstExact(3, 6, 1e3);
    assertThat(certificate.l1Norm()).isBetween(1 - tol, 1 + tol);
    assertThat(certificate.dualValue()).isBetween(1 - tol, 1 + tol);
    assertThat(certificate.beta()[0]).isBetween(1 - tol, 1 + tol);
    assertThat(certificate.dualNorm()).isLessThanOrEqualTo(1);
  }

  /** Random integer designs (entries in [-9, 9]) and labels, n in {6, 8}, d in {40, 48}. */
  @Test
  void certificateBracketsTheExactOptimum() {
    Draws draws = new SeededDraws(41);
    int[][] shapes = {{6, 40}, {8, 48}};
    for (int[] shape : shapes) {
      int n = shape[0];
      int d = shape[1];
      long[][] entries = new long[n][d];
      float[][] columns = new float[d][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) {
          entries[i][j] = draws.intBetween(-9, 9);
          columns[j][i] = entries[i][j];
        }
      }
      BigRational[] exactLabels = new BigRational[n];
      double[] labels = new double[n];
      for (int i = 0; i < n; i++) {
        int value = draws.intBetween(-20, 20);
        exactLabels[i] = BigRational.of(value);
        labels[i] = value;
      }
      FloatDesign design = new FloatDesign(columns, n);
      double optimum = MinimumL1Interpolator.solve(RationalMatrix.of(entries), exactLabels,
          LpPrecision.EXACT).primal().value().doubleValue();
      BasisPursuitCertificate certificate = new BasisPursuitAdmm(design, labels).solve(5000);
      double kappa = conditioning(design);
      assertThat(kappa).isLessThanOrEqualTo(1e3);
      double tol = ZgTolerances.basisPursuitAgainstExact(n, d, kappa);
      assertThat(certificate.dualNorm()).isLessThanOrEqualTo(1);
      assertThat(certificate.dualValue()).isLessThanOrEqualTo(optimum * (1 + tol));
      assertThat(optimum).isLessThanOrEqualTo(certificate.l1Norm() * (1 + tol));
      assertThat(certificate.relativeGap())
          .isLessThanOrEqualTo(ZgTolerances.BASIS_PURSUIT_RELATIVE_GAP);
      assertThat(Math.abs(certificate.l1Norm() - optimum)).isLessThanOrEqualTo(tol * optimum);
    }
  }

  /** {@code sqrt(d) ||X||_F / sigma_min(X)} from the eigenvalues of {@code X X^T}. */
  private static double conditioning(FloatDesign x) {
    int n = x.samples();
    int d = x.dimension();
    double[] gram = new double[n * n];
    double frobenius = 0;
    for (int j = 0; j < d; j++) {
      for (int i = 0; i < n; i++) {
        frobenius += x.entry(i, j) * x.entry(i, j);
        for (int l = 0; l < n; l++) {
          gram[i * n + l] += x.entry(i, j) * x.entry(l, j);
        }
      }
    }
    double smallest = SymmetricEigen.eigenvalues(gram, n)[0];
    return Math.sqrt(d) * Math.sqrt(frobenius) / Math.sqrt(smallest);
  }
}
